package org.newsline.ingest.extract;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsline.event.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

class OccurrenceMatcherTests {

	private static final Occurrence FLOOD_WEEK = new Occurrence("River floods northern villages",
			"The river flooded several northern villages, forcing hundreds to leave their homes.",
			LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 19), DatePrecision.WEEK, Set.of("red cross"));

	@Test
	void matchesTheSameOccurrenceReportedWithDifferentPrecision() {
		Occurrence sameDay = new Occurrence("Floods force villagers from homes",
				"Hundreds of villagers left their homes after the river flooded, the Red Cross said.",
				LocalDate.of(2024, 5, 15), LocalDate.of(2024, 5, 15), DatePrecision.DAY, Set.of("red cross"));
		assertThat(OccurrenceMatcher.sameOccurrence(FLOOD_WEEK, sameDay)).isTrue();
		assertThat(OccurrenceMatcher.score(FLOOD_WEEK, sameDay)).isGreaterThan(0.5);
	}

	@Test
	void keepsApartOccurrencesWhoseDatesDoNotOverlap() {
		Occurrence lastYear = new Occurrence("River floods northern villages",
				"The river flooded several northern villages.", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31),
				DatePrecision.MONTH, Set.of("red cross"));
		assertThat(OccurrenceMatcher.sameOccurrence(FLOOD_WEEK, lastYear)).isFalse();
		assertThat(OccurrenceMatcher.score(FLOOD_WEEK, lastYear)).isZero();
	}

	@Test
	void keepsApartTwoThingsTheSameActorDidInTheSamePeriod() {
		Occurrence drills = new Occurrence("Ruritania holds military drills near the border",
				"Ruritania held military drills near the border with Freedonia.", LocalDate.of(2024, 5, 1),
				LocalDate.of(2024, 5, 31), DatePrecision.MONTH, Set.of("ruritania"));
		Occurrence budget = new Occurrence("Ruritania raises military budget",
				"Ruritania raised its military budget by a tenth.", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31),
				DatePrecision.MONTH, Set.of("ruritania"));
		assertThat(OccurrenceMatcher.sameOccurrence(drills, budget)).isFalse();
	}

	@Test
	void keepsApartDifferentOccurrencesInTheSameWeek() {
		Occurrence election = new Occurrence("Parliament elects new speaker",
				"Lawmakers elected a new speaker of parliament in a secret ballot.", LocalDate.of(2024, 5, 14),
				LocalDate.of(2024, 5, 14), DatePrecision.DAY, Set.of("parliament"));
		assertThat(OccurrenceMatcher.sameOccurrence(FLOOD_WEEK, election)).isFalse();
	}

	@Test
	void matchesReportsThatNameTheOccurrenceWithWordsOfTheSameMeaning() {
		Occurrence quake = new Occurrence("Strong quake hits coastal province",
				"A strong quake hit the coastal province.", LocalDate.of(2024, 5, 15), LocalDate.of(2024, 5, 15),
				DatePrecision.DAY, Set.of());
		Occurrence earthquake = new Occurrence("Powerful earthquake strikes coast",
				"A powerful earthquake struck the coast on Wednesday.", LocalDate.of(2024, 5, 15),
				LocalDate.of(2024, 5, 15), DatePrecision.DAY, Set.of());
		assertThat(OccurrenceMatcher.sameOccurrence(quake, earthquake)).isTrue();
	}

	@Test
	void matchesTheSameOccurrenceDatedADayApartWhenWordsAndAnActorAgree() {
		Occurrence lateTuesday = new Occurrence("Harbor shares jump after ruling",
				"Harbor shares jumped late Tuesday after the ruling.", LocalDate.of(2024, 5, 14),
				LocalDate.of(2024, 5, 14), DatePrecision.DAY, Set.of("harbor group"));
		Occurrence wednesday = new Occurrence("Harbor shares jump", "Harbor shares jumped on Wednesday.",
				LocalDate.of(2024, 5, 15), LocalDate.of(2024, 5, 15), DatePrecision.DAY, Set.of("harbor group"));
		assertThat(OccurrenceMatcher.sameOccurrence(lateTuesday, wednesday)).isTrue();
	}

	@Test
	void keepsApartTwoOccurrencesADayApartWithoutAnActorInCommon() {
		Occurrence first = new Occurrence("Shares jump", "Shares jumped.", LocalDate.of(2024, 5, 14),
				LocalDate.of(2024, 5, 14), DatePrecision.DAY, Set.of("harbor group"));
		Occurrence second = new Occurrence("Shares jump", "Shares jumped.", LocalDate.of(2024, 5, 15),
				LocalDate.of(2024, 5, 15), DatePrecision.DAY, Set.of("river group"));
		assertThat(OccurrenceMatcher.sameOccurrence(first, second)).isFalse();
	}

}
