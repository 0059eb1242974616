package org.newsline.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContradictionsTests {

	@Test
	void theSameShortRemarkReportedTwiceIsOneStatement() {
		assertThat(Contradictions.sameStatement("So it is not alarming", "It's not alarming. We see this every winter.",
				false))
			.isTrue();
	}

	@Test
	void twoStatementsSharingOneCommonWordAreNotOneStatement() {
		assertThat(Contradictions.sameStatement("the harbour will reopen next month after repairs",
				"the harbour authority raised its fees for large vessels", false))
			.isFalse();
	}

	@Test
	void aboutTheSameEventOneDistinctiveWordInCommonIsEnough() {
		assertThat(Contradictions.sameStatement("the ministry is monitoring the situation",
				"officials were monitoring cases across the region", true))
			.isTrue();
	}

	@Test
	void aWordOneAssertsAndTheOtherDeniesIsAContradiction() {
		assertThat(Contradictions.conflict("the shipment was inspected at the border",
				"the shipment was never inspected at the border"))
			.isTrue();
	}

	@Test
	void oppositeWordsAreAContradiction() {
		assertThat(Contradictions.conflict("the strike was legal under the contract",
				"the strike was illegal under the contract"))
			.isTrue();
	}

	@Test
	void aNegationDeniesTheVerbNotItsObject() {
		assertThat(Contradictions.conflict("the contractor did not approve this payment",
				"the minister ordered the payment without telling parliament"))
			.isFalse();
	}

	@Test
	void aNegationEndsWithItsClause() {
		assertThat(Contradictions.conflict(
				"the council is not allowed to close schools, even disputed ones, without a vote",
				"the inspectors visited two disputed schools last week"))
			.isFalse();
	}

	@Test
	void wordsBeforeAnyNegationAreAsserted() {
		assertThat(Contradictions.conflict("the port handled grain shipments all week",
				"officials said the ferry did not sail and grain shipments continued"))
			.isFalse();
	}

	@Test
	void statementsOnDifferentMattersDoNotContradict() {
		assertThat(Contradictions.conflict("the bridge will reopen on Friday", "the mayor did not attend the meeting"))
			.isFalse();
	}

	@Test
	void recognisesADenialAsRecorded() {
		assertThat(Contradictions.isDenial("The minister has denied any wrongdoing in the affair")).isTrue();
		assertThat(Contradictions.isDenial("The minister said the affair was closed")).isFalse();
	}

}
