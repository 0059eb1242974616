package org.newsline.event;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * When something happened, as an interval of days with a precision: "late on Monday"
 * resolved against 7 Oct 2025 is the day 6 Oct 2025; "this month" is all of December. The
 * raw phrase and the anchor date show how the date was found.
 */
@Embeddable
public record EventDate(@Column(name = "date_start", nullable = false) LocalDate start,
		@Column(name = "date_end", nullable = false) LocalDate end,
		@Enumerated(EnumType.STRING) @Column(name = "date_precision", nullable = false,
				length = 8) DatePrecision precision,
		@Column(name = "date_approximate", nullable = false) boolean approximate,
		@Column(name = "date_phrase", length = 300) @Nullable String phrase,
		@Column(name = "date_anchor") @Nullable LocalDate anchor) {

	public EventDate {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException(
					"The end of a date (" + end + ") cannot lie before its start (" + start + ")");
		}
		if (precision == DatePrecision.DAY && !end.equals(start)) {
			throw new IllegalArgumentException("A day-precise date must start and end on the same day");
		}
	}

	public static EventDate day(LocalDate day) {
		return new EventDate(day, day, DatePrecision.DAY, false, null, null);
	}

	public static EventDate month(int year, int month) {
		LocalDate start = LocalDate.of(year, month, 1);
		return new EventDate(start, start.withDayOfMonth(start.lengthOfMonth()), DatePrecision.MONTH, false, null,
				null);
	}

	public static EventDate year(int year) {
		return new EventDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, false, null,
				null);
	}

	public EventDate withPhrase(@Nullable String phrase, @Nullable LocalDate anchor) {
		return new EventDate(this.start, this.end, this.precision, this.approximate, phrase, anchor);
	}

	public EventDate asApproximate() {
		return new EventDate(this.start, this.end, this.precision, true, this.phrase, this.anchor);
	}

	/** True when the two intervals share at least one day. */
	public boolean overlaps(EventDate other) {
		return !this.end.isBefore(other.start) && !other.end.isBefore(this.start);
	}

}
