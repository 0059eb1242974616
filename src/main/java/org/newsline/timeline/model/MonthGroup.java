package org.newsline.timeline.model;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsline.event.DatePrecision;
import org.newsline.event.EventDate;

/**
 * Timeline events under one heading: a month, or a year for events known only to the
 * year.
 */
public record MonthGroup(String key, String label, List<EventCard> events) {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	/**
	 * Groups cards in the order given, starting a new group whenever the heading changes.
	 */
	public static List<MonthGroup> of(List<EventCard> cards) {
		Map<String, MonthGroup> groups = new LinkedHashMap<>();
		for (EventCard card : cards) {
			EventDate date = card.date();
			boolean yearOnly = date.precision() == DatePrecision.YEAR || date.start().getYear() != date.end().getYear();
			String key = yearOnly ? String.valueOf(date.start().getYear()) : date.start().toString().substring(0, 7);
			String label = yearOnly ? key : MONTH.format(date.start());
			groups.computeIfAbsent(key, (k) -> new MonthGroup(k, label, new ArrayList<>())).events().add(card);
		}
		return List.copyOf(groups.values());
	}

}
