package org.newsline.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTests {

	@Test
	void twoDifferentTollsForTheSameDisasterConflict() {
		assertThat(Figures.conflict("The death toll from the floods has risen to 41, officials said",
				"the floods had killed 37 people, reducing the death toll"))
			.isTrue();
	}

	@Test
	void twoDeathsAndOnlyOneDeathConflict() {
		assertThat(Figures.conflict("two people had died of cholera", "health officials had recorded only one death"))
			.isTrue();
	}

	@Test
	void figuresOfDifferentThingsDoNotConflict() {
		assertThat(Figures.conflict("rescuers reached 12 villages on Sunday", "the death toll rose to 40")).isFalse();
	}

	@Test
	void aShareAndACountDoNotConflict() {
		assertThat(Figures.conflict("polls put the party at 20 percent", "the three parties will carry on")).isFalse();
	}

	@Test
	void measurementsOfDifferentTremorsDoNotConflict() {
		assertThat(Figures.conflict("a magnitude 4.5 tremor was detected north of the town",
				"the magnitude 6.9 earthquake jolted the region"))
			.isFalse();
	}

	@Test
	void aStatementThatGivesBothFiguresConflictsWithNeither() {
		assertThat(Figures.conflict("the initial tally of 72 dead was revised, and the validated tally is 68",
				"the tally now stands at 68"))
			.isFalse();
	}

}
