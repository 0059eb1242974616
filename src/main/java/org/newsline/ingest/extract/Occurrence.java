package org.newsline.ingest.extract;

import java.time.LocalDate;
import java.util.Set;

import org.newsline.event.DatePrecision;

/**
 * What OccurrenceMatcher compares: an event's wording, date interval and actors (as alias
 * keys of their canonical names).
 */
public record Occurrence(String title, String summary, LocalDate start, LocalDate end, DatePrecision precision,
		Set<String> actorKeys) {

	public Occurrence {
		actorKeys = Set.copyOf(actorKeys);
	}

}
