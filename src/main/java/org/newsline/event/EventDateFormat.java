package org.newsline.event;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The one place that turns an event date into words for readers: "6 Oct 2025", "Dec
 * 2025", "mid-Dec 2025", "2019", never a day the date does not know. Templates call it as
 * {@code @dates}.
 */
@Component("dates")
public class EventDateFormat {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

	private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	public String format(EventDate date) {
		return label(date);
	}

	/** The ISO form for {@code <time datetime>}: a day, a month or a year. */
	public String machine(EventDate date) {
		LocalDate start = date.start();
		return switch (date.precision()) {
			case YEAR -> String.valueOf(start.getYear());
			case MONTH -> start.toString().substring(0, 7);
			default -> start.toString();
		};
	}

	/** A day in words, for anchors and publication dates: "7 October 2025". */
	public String day(LocalDate day) {
		return FULL.format(day);
	}

	public static String label(EventDate date) {
		LocalDate start = date.start();
		LocalDate end = date.end();
		return switch (date.precision()) {
			case DAY -> DAY.format(start);
			case WEEK -> "week of " + DAY.format(start);
			case MONTH ->
				sameMonth(start, end) ? MONTH.format(start) : MONTH_ONLY.format(start) + " – " + MONTH.format(end);
			case YEAR -> (start.getYear() == end.getYear()) ? String.valueOf(start.getYear())
					: start.getYear() + "–" + end.getYear();
			case RANGE -> range(start, end);
		};
	}

	private static String range(LocalDate start, LocalDate end) {
		if (start.equals(end)) {
			return DAY.format(start);
		}
		if (sameMonth(start, end)) {
			int last = start.lengthOfMonth();
			if (start.getDayOfMonth() == 1 && end.getDayOfMonth() == last) {
				return MONTH.format(start);
			}
			if (end.getDayOfMonth() <= 10) {
				return "early " + MONTH.format(start);
			}
			if (start.getDayOfMonth() >= 11 && end.getDayOfMonth() <= 20) {
				return "mid-" + MONTH.format(start);
			}
			if (start.getDayOfMonth() >= 21) {
				return "late " + MONTH.format(start);
			}
			return start.getDayOfMonth() + "–" + DAY.format(end);
		}
		if (start.getDayOfMonth() == 1 && end.getDayOfMonth() == end.lengthOfMonth()) {
			return (start.getYear() == end.getYear()) ? MONTH_ONLY.format(start) + " – " + MONTH.format(end)
					: MONTH.format(start) + " – " + MONTH.format(end);
		}
		return (start.getYear() == end.getYear()) ? DAY_MONTH.format(start) + " – " + DAY.format(end)
				: DAY.format(start) + " – " + DAY.format(end);
	}

	private static boolean sameMonth(LocalDate a, LocalDate b) {
		return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
	}

}
