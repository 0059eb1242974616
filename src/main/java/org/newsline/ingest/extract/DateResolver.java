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

	private static final Pattern MONTH_NAME = Pattern
		.compile("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b");

	private DateResolver() {
	}

	/**
	 * The interval a DATE (or dated TIME) expression denotes, or null when it has no
	 * calendar value.
	 */
	static @Nullable DateDraft resolve(Timex timex, @Nullable String precedingWord, @Nullable LocalDate anchor) {
		return resolve(timex, precedingWord, null, anchor);
	}

	/**
	 * The interval of a date expression, given the words around it: a day number that
	 * SUTime left out after an abbreviated month ("last Sept. 30") makes it that day, the
	 * last one on or before the article's date unless the year is given.
	 */
	static @Nullable DateDraft resolve(Timex timex, @Nullable String precedingWord, @Nullable String followingWord,
			@Nullable LocalDate anchor) {
		DateDraft date = resolveAlone(timex, precedingWord, anchor);
		if (date == null || date.precision() != DatePrecision.MONTH || followingWord == null
				|| !followingWord.matches("\\d{1,2}")) {
			return date;
		}
		int day = Integer.parseInt(followingWord);
		YearMonth month = YearMonth.from(date.start());
		if (day < 1 || day > month.lengthOfMonth()) {
			return date;
		}
		LocalDate exact = month.atDay(day);
		if (anchor != null && !timex.text().matches(".*\\d{4}.*")) {
			exact = exact.withYear(anchor.getYear());
			if (exact.isAfter(anchor)) {
				exact = exact.minusYears(1);
			}
		}
		return new DateDraft(exact, exact, DatePrecision.DAY, date.approximate(), timex.text() + " " + followingWord,
				anchor);
	}

	private static @Nullable DateDraft resolveAlone(Timex timex, @Nullable String precedingWord,
			@Nullable LocalDate anchor) {
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
			// past-tense report); news reports past weekdays, so move it back into the
			// week before the anchor.
			if (anchor != null && start.isAfter(anchor) && mentionsWeekday(lowerPhrase)) {
				while (start.isAfter(anchor)) {
					start = start.minusWeeks(1);
				}
			}
			end = start;
			precision = DatePrecision.DAY;
			// "late on Monday" is still that Monday.
			approximate = approximate && !lowerPhrase.matches(".*\\b(late|early|later|earlier)\\b.*");
			if (lowerPhrase.endsWith(" ago") && anchor != null && start.isBefore(anchor)) {
				// "a year ago" counts back from the article's date, no nearer than to the
				// day; "over a year ago" lies between one and two such spans back.
				approximate = true;
				String before = (precedingWord != null) ? precedingWord.toLowerCase(Locale.ROOT) : "";
				if (lowerPhrase.startsWith("over ") || lowerPhrase.startsWith("more than ") || before.equals("over")
						|| before.equals("than")) {
					long days = java.time.temporal.ChronoUnit.DAYS.between(start, anchor);
					return new DateDraft(start.minusDays(days), start.minusDays(1), DatePrecision.RANGE, true,
							(before.equals("over") ? "over " : "") + phrase, anchor);
				}
			}
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

	/**
	 * Whether a date phrase names its year or its month and day ("in 2020", "May 2024",
	 * "Sept. 30"), rather than being relative to the text's date ("last week").
	 */
	static boolean isAbsolute(Timex timex) {
		String phrase = timex.text().toLowerCase(Locale.ROOT);
		return phrase.matches(".*\\b\\d{4}\\b.*") || MONTH_NAME.matcher(phrase).find();
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
