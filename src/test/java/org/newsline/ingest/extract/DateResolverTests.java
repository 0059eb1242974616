package org.newsline.ingest.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.newsline.event.DatePrecision;
import org.newsline.ingest.nlp.Timex;
import org.newsline.shared.TextSpan;

import static org.assertj.core.api.Assertions.assertThat;

class DateResolverTests {

	private static final LocalDate ANCHOR = LocalDate.of(2025, 12, 30);

	private static Timex timex(String text, String value) {
		return new Timex(text, "DATE", value, new TextSpan(0, text.length()), 0, 1);
	}

	@Test
	void keepsAMonthAsAMonthInterval() {
		DateDraft date = DateResolver.resolve(timex("This month", "2025-12"), null, ANCHOR);
		assertThat(date).isNotNull();
		assertThat(date.start()).isEqualTo(LocalDate.of(2025, 12, 1));
		assertThat(date.end()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(date.anchor()).isEqualTo(ANCHOR);
	}

	@Test
	void turnsIsoWeeksIntoMondayToSunday() {
		DateDraft date = DateResolver.resolve(timex("Last week", "2025-W52"), null, ANCHOR);
		assertThat(date.start()).isEqualTo(LocalDate.of(2025, 12, 22));
		assertThat(date.end()).isEqualTo(LocalDate.of(2025, 12, 28));
		assertThat(date.precision()).isEqualTo(DatePrecision.WEEK);
	}

	@Test
	void makesSinceARangeUpToTheAnchor() {
		DateDraft date = DateResolver.resolve(timex("September", "2025-09"), "since", ANCHOR);
		assertThat(date.precision()).isEqualTo(DatePrecision.RANGE);
		assertThat(date.start()).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(date.end()).isEqualTo(ANCHOR);
		assertThat(date.phrase()).isEqualTo("since September");
	}

	@Test
	void marksEarlierThisYearAsAnApproximateYear() {
		DateDraft date = DateResolver.resolve(timex("Earlier this year", "2025"), null, ANCHOR);
		assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(date.approximate()).isTrue();
	}

	@Test
	void movesABareWeekdayResolvedIntoTheFutureBackIntoThePast() {
		DateDraft date = DateResolver.resolve(timex("Thursday", "2025-10-09"), "on", LocalDate.of(2025, 10, 7));
		assertThat(date.start()).isEqualTo(LocalDate.of(2025, 10, 2));
		assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
	}

	@Test
	void ignoresReferencesWithoutACalendarValue() {
		assertThat(DateResolver.resolve(timex("recently", "PAST_REF"), null, ANCHOR)).isNull();
		assertThat(
				DateResolver.resolve(new Timex("two weeks", "DURATION", "P2W", new TextSpan(0, 9), 0, 2), null, ANCHOR))
			.isNull();
	}

	@Test
	void readsOverAYearAgoAsTheYearBeforeTheYearBack() {
		DateDraft date = DateResolver.resolve(timex("a year ago", "2024-12-30"), "Over", ANCHOR);
		assertThat(date).isNotNull();
		assertThat(date.precision()).isEqualTo(DatePrecision.RANGE);
		assertThat(date.start()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(date.end()).isEqualTo(LocalDate.of(2024, 12, 29));
		assertThat(date.approximate()).isTrue();
	}

	@Test
	void takesTheDaySutimeLeftAfterAnAbbreviatedMonth() {
		DateDraft date = DateResolver.resolve(timex("last Sept.", "2024-09"), null, "30", LocalDate.of(2025, 10, 3));
		assertThat(date).isNotNull();
		assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
		assertThat(date.start()).isEqualTo(LocalDate.of(2025, 9, 30));
	}

	@Test
	void keepsAnExplicitYearWithTheDay() {
		DateDraft date = DateResolver.resolve(timex("Sept. 2019", "2019-09"), null, "14", ANCHOR);
		assertThat(date).isNotNull();
		assertThat(date.start()).isEqualTo(LocalDate.of(2019, 9, 14));
	}

}
