package org.newsline.actor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AliasKeyTests {

	@Test
	void matchesNamesRegardlessOfCaseAccentsAndSpacing() {
		assertThat(AliasKey.of("Nicolás Maduro")).isEqualTo(AliasKey.of("NICOLAS  maduro"));
	}

	@Test
	void dropsPeriodsInAcronyms() {
		assertThat(AliasKey.of("U.S.")).isEqualTo(AliasKey.of("US"));
	}

	@Test
	void keepsDifferentNamesApart() {
		assertThat(AliasKey.of("Maduro")).isNotEqualTo(AliasKey.of("Machado"));
	}

	@Test
	void rejectsABlankKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AliasKey(" "));
	}

}
