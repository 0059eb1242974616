package org.newsline.event;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventDateFormatTests {

	private final EventDateFormat format = new EventDateFormat();

	@Test
	void showsADayAsDayMonthYear() {
		assertThat(this.format.format(EventDate.day(LocalDate.of(2025, 10, 6)))).isEqualTo("6 Oct 2025");
	}

	@Test
	void showsAMonthWithoutInventingADay() {
		assertThat(this.format.format(EventDate.month(2025, 12))).isEqualTo("Dec 2025");
	}

	@Test
	void showsAYearAlone() {
		assertThat(this.format.format(EventDate.year(2019))).isEqualTo("2019");
	}

	@Test
	void showsTheMiddleOfAMonthAsMid() {
		EventDate middle = new EventDate(LocalDate.of(2025, 12, 11), LocalDate.of(2025, 12, 20), DatePrecision.RANGE,
				true, "mid-December", null);
		assertThat(this.format.format(middle)).isEqualTo("mid-Dec 2025");
	}

	@Test
	void showsARangeAcrossMonthsWithBothEnds() {
		EventDate since = new EventDate(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 30), DatePrecision.RANGE,
				false, "since September", LocalDate.of(2025, 12, 30));
		assertThat(this.format.format(since)).isEqualTo("1 Sep – 30 Dec 2025");
	}

	@Test
	void showsAWeekByItsFirstDay() {
		EventDate week = new EventDate(LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 28), DatePrecision.WEEK,
				false, "last week", null);
		assertThat(this.format.format(week)).isEqualTo("week of 22 Dec 2025");
	}

	@Test
	void givesMachinesTheKnownPartOnly() {
		assertThat(this.format.machine(EventDate.month(2025, 12))).isEqualTo("2025-12");
		assertThat(this.format.machine(EventDate.year(2019))).isEqualTo("2019");
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EventDate(LocalDate.of(2025, 2, 1),
				LocalDate.of(2025, 1, 1), DatePrecision.RANGE, false, null, null));
	}

}
