package org.newsline.ingest.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds an article's publication date in its text (a "Published ..." line, a line holding
 * only a date, or a dateline) near the top or the bottom, and parses the date formats
 * news sites use.
 */
final class PublicationDateFinder {

	private static final int EDGE = 3;

	private static final int MAX_LINE = 200;

	private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
			+ "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

	private static final int FLAGS = Pattern.CASE_INSENSITIVE;

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", FLAGS);

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", FLAGS);

	private static final Pattern YEAR_MONTH_DAY = Pattern
		.compile("(?<!\\d)(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)");

	private static final Pattern PUBLISHED_LINE = Pattern
		.compile("^(?:(?:originally |first )?published|posted|date(?:d)?)\\b(?:\\s+on)?\\s*:?.*", FLAGS);

	private static final Pattern UPDATED_LINE = Pattern.compile("^(?:last )?(?:updated|modified)\\b.*", FLAGS);

	private static final Pattern DATE_LINE_PREFIX = Pattern.compile(
			"^[\\s,|·•\\-–—]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|(?:mon|tue|wed|thu|fri|sat|sun)\\.?,?)?\\s*$",
			FLAGS);

	private static final Pattern DATE_LINE_SUFFIX = Pattern.compile(
			"^[\\s,|·•\\-–—]*(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?[a-z]{2,5}\\)?(?:[+-]\\d{1,2})?)?)?[\\s.]*$",
			FLAGS);

	private static final Pattern DATELINE_PLACE = Pattern.compile("^(?:\\p{Lu}[\\p{Lu} .,'’/-]{1,60})?,?\\s*$");

	private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*(?:\\([^)]{1,40}\\)\\s*)?[-–—:|]");

	private PublicationDateFinder() {
	}

	static Optional<FoundDate> find(List<String> paragraphs) {
		int count = paragraphs.size();
		FoundDate updated = null;
		for (int i = 0; i < count; i++) {
			if (i >= EDGE && i < count - EDGE) {
				i = count - EDGE - 1;
				continue;
			}
			String line = paragraphs.get(i);
			if (line.length() > MAX_LINE) {
				if (i == 0) {
					FoundDate dateline = dateline(line);
					if (dateline != null) {
						return Optional.of(dateline);
					}
				}
				continue;
			}
			DateMatch date = firstDate(line);
			if (date == null) {
				continue;
			}
			if (PUBLISHED_LINE.matcher(line).matches() || isDateOnly(line)) {
				return Optional.of(new FoundDate(date.date(), line));
			}
			if (updated == null && UPDATED_LINE.matcher(line).matches()) {
				updated = new FoundDate(date.date(), line);
			}
			if (i == 0) {
				FoundDate dateline = dateline(line);
				if (dateline != null) {
					return Optional.of(dateline);
				}
			}
		}
		return Optional.ofNullable(updated);
	}

	private static @Nullable FoundDate dateline(String paragraph) {
		String head = paragraph.substring(0, Math.min(paragraph.length(), 120));
		DateMatch date = firstDate(head);
		if (date == null || date.start() > 60) {
			return null;
		}
		if (DATELINE_PLACE.matcher(head.substring(0, date.start())).matches()
				&& DATELINE_AFTER.matcher(head.substring(date.end())).find()) {
			return new FoundDate(date.date(), head.substring(0, date.end()));
		}
		return null;
	}

	/**
	 * Whether a short line holds a date and nothing else but a weekday, a time and a time
	 * zone.
	 */
	static boolean isDateOnly(String line) {
		if (line.length() > 60) {
			return false;
		}
		DateMatch date = firstDate(line);
		return date != null && DATE_LINE_PREFIX.matcher(line.substring(0, date.start())).matches()
				&& DATE_LINE_SUFFIX.matcher(line.substring(date.end())).matches();
	}

	/**
	 * Parses a date as metadata gives it: ISO 8601 (a date, or a date-time whose own date
	 * is taken), or one of the written forms ("October 7, 2025", "7 Oct 2025").
	 */
	static @Nullable LocalDate parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		DateMatch date = firstDate(text.length() > MAX_LINE ? text.substring(0, MAX_LINE) : text);
		return (date != null) ? date.date() : null;
	}

	private static @Nullable DateMatch firstDate(String text) {
		DateMatch best = null;
		for (Pattern pattern : List.of(YEAR_MONTH_DAY, MONTH_DAY_YEAR, DAY_MONTH_YEAR)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				LocalDate date = toDate(pattern, matcher);
				if (date != null) {
					if (best == null || matcher.start() < best.start()) {
						best = new DateMatch(date, matcher.start(), matcher.end());
					}
					break;
				}
			}
		}
		return best;
	}

	private static @Nullable LocalDate toDate(Pattern pattern, Matcher matcher) {
		try {
			int year;
			int month;
			int day;
			if (pattern == YEAR_MONTH_DAY) {
				year = Integer.parseInt(matcher.group(1));
				month = Integer.parseInt(matcher.group(2));
				day = Integer.parseInt(matcher.group(3));
			}
			else if (pattern == MONTH_DAY_YEAR) {
				month = month(matcher.group(1));
				day = Integer.parseInt(matcher.group(2));
				year = Integer.parseInt(matcher.group(3));
			}
			else {
				day = Integer.parseInt(matcher.group(1));
				month = month(matcher.group(2));
				year = Integer.parseInt(matcher.group(3));
			}
			if (year < 1900 || year > 2200) {
				return null;
			}
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	private static int month(String name) {
		String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
		return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key)
				+ 1;
	}

	/**
	 * A date found in the text, with the words it was found in.
	 */
	record FoundDate(LocalDate date, String evidence) {
	}

	private record DateMatch(LocalDate date, int start, int end) {
	}

}
