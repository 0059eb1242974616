package org.newsline;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Local conventions that the compiler does not check.
 */
class ArchitectureTests {

	private static final JavaClasses main = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.newsline");

	private static final JavaClasses tests = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("org.newsline");

	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(main);
	}

	@Test
	void controllersLeaveSqlToTheQueriesAndServices() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence..", "org.springframework.jdbc..",
					"org.hibernate..")
			.because("a controller binds the request and picks the view; the read models and services query")
			.check(main);
	}

	@Test
	void onlyTheIngestModuleTouchesCoreNlp() {
		noClasses().that()
			.resideOutsideOfPackage("org.newsline.ingest.nlp..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("edu.stanford.nlp..")
			.check(main);
	}

	@Test
	void transactionsUseSpringsAnnotation() {
		noClasses().should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("jakarta.transaction.Transactional")
			.check(main);
	}

	@Test
	void integrationTestsUseTheSharedContextAnnotation() {
		noClasses().that()
			.doNotHaveFullyQualifiedName("org.newsline.support.NewslineIntegrationTest")
			.should()
			.beAnnotatedWith(SpringBootTest.class)
			.because("every integration test shares one context through @NewslineIntegrationTest")
			.check(tests);
	}

}
