package org.newsline;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of STYLE.md hold: no cycles, and each module uses only the
 * modules its package-info allows.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(NewslineApplication.class);

	@Test
	void modulesKeepTheirDeclaredDependencies() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
