package org.newsline.ingest.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.newsline.event.DatePrecision;
import org.newsline.ingest.nlp.Timex;

/**
 * Turns SUTime's TIMEX3 values into date intervals that never claim more precision than
 * the text gives.
 */
final class DateResolver {

	private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern SEASON_OR_HALF = Pattern.compile("(\\d{4})-(H[12]|SP|SU|FA|WI)");

	private static final Pattern DECADE = Pattern.compile("(\\d{3})X");

	private static final Pattern MONTH_WITHOUT_YEAR = Pattern.compile("XXXX-(\\d{2})");

	private DateResolver() {
	}

	/**
	 * The interval a DATE (or dated TIME) expression denotes, or null when it has no
	 * calendar value.
	 */
	static @Nullable DateDraft resolve(Timex timex, @Nullable String precedingWord, @Nullable LocalDate anchor) {
		if (!timex.type().equals("DATE") && !timex.type().equals("TIME") || timex.value() == null) {
			return null;
		}
		String value = timex.value();
		String phrase = timex.text();
		String lowerPhrase = phrase.toLowerCase(Locale.ROOT);
		boolean approximate = false;
		for (String word : lowerPhrase.split("[\\s-]+")) {
			approximate |= Lexicon.APPROXIMATE_DATE_WORDS.contains(word);
		}
		LocalDate start;
		LocalDate end;
		DatePrecision precision;
		Matcher matcher;
		if ((matcher = DAY.matcher(value)).matches()) {
			start = LocalDate.of(year(matcher), month(matcher), Integer.parseInt(matcher.group(3)));
			// SUTime sometimes resolves a bare weekday forward ("on Thursday" in a
			// past-tense
			// report); news reports past weekdays, so move it back into the week before
			// the anchor.
			if (anchor != null && start.isAfter(anchor) && mentionsWeekday(lowerPhrase)) {
				while (start.isAfter(anchor)) {
					start = start.minusWeeks(1);
				}
			}
			end = start;
			precision = DatePrecision.DAY;
			// "late on Monday" is still that Monday.
			approximate = approximate && !lowerPhrase.matches(".*\\b(late|early|later|earlier)\\b.*");
		}
		else if ((matcher = WEEK.matcher(value)).matches()) {
			start = LocalDate.of(year(matcher), 1, 4)
				.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(matcher.group(2)))
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			end = start.plusDays(6);
			if (matcher.group(3) != null) {
				start = start.plusDays(5);
			}
			precision = DatePrecision.WEEK;
		}
		else if ((matcher = MONTH.matcher(value)).matches()) {
			YearMonth month = YearMonth.of(year(matcher), month(matcher));
			start = month.atDay(1);
			end = month.atEndOfMonth();
			precision = DatePrecision.MONTH;
		}
		else if ((matcher = MONTH_WITHOUT_YEAR.matcher(value)).matches() && anchor != null) {
			YearMonth month = YearMonth.of(anchor.getYear(), Integer.parseInt(matcher.group(1)));
			if (month.atDay(1).isAfter(anchor)) {
				month = month.minusYears(1);
			}
			start = month.atDay(1);
			end = month.atEndOfMonth();
			precision = DatePrecision.MONTH;
		}
		else if ((matcher = QUARTER.matcher(value)).matches()) {
			start = LocalDate.of(year(matcher), (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1, 1);
			end = start.plusMonths(3).minusDays(1);
			precision = DatePrecision.RANGE;
		}
		else if ((matcher = SEASON_OR_HALF.matcher(value)).matches()) {
			int year = year(matcher);
			String part = matcher.group(2);
			start = switch (part) {
				case "H1" -> LocalDate.of(year, 1, 1);
				case "H2" -> LocalDate.of(year, 7, 1);
				case "SP" -> LocalDate.of(year, 3, 1);
				case "SU" -> LocalDate.of(year, 6, 1);
				case "FA" -> LocalDate.of(year, 9, 1);
				default -> LocalDate.of(year, 12, 1);
			};
			end = start.plusMonths(part.startsWith("H") ? 6 : 3).minusDays(1);
			precision = DatePrecision.RANGE;
			approximate = approximate || !part.startsWith("H");
		}
		else if ((matcher = YEAR.matcher(value)).matches()) {
			start = LocalDate.of(year(matcher), 1, 1);
			end = LocalDate.of(year(matcher), 12, 31);
			precision = DatePrecision.YEAR;
		}
		else if ((matcher = DECADE.matcher(value)).matches()) {
			start = LocalDate.of(Integer.parseInt(matcher.group(1)) * 10, 1, 1);
			end = start.plusYears(10).minusDays(1);
			precision = DatePrecision.RANGE;
		}
		else {
			return null;
		}
		if (precedingWord != null && precedingWord.equalsIgnoreCase("since") && anchor != null
				&& !anchor.isBefore(start)) {
			return new DateDraft(start, anchor, DatePrecision.RANGE, approximate, precedingWord + " " + phrase, anchor);
		}
		return new DateDraft(start, end, precision, approximate, phrase, anchor);
	}

	private static boolean mentionsWeekday(String lowerPhrase) {
		for (String word : lowerPhrase.split("\\W+")) {
			if (Lexicon.WEEKDAYS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static int year(Matcher matcher) {
		return Integer.parseInt(matcher.group(1));
	}

	private static int month(Matcher matcher) {
		return Integer.parseInt(matcher.group(2));
	}

}
