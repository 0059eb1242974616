package org.newsline.ingest.extract;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.newsline.event.DatePrecision;

/**
 * A date as an inclusive interval with its precision, the phrase it came from and the
 * document date it was resolved against.
 */
public record DateDraft(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate, String phrase,
		@Nullable LocalDate anchor) {

	public DateDraft {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A date cannot end before it starts: " + start + ".." + end);
		}
	}

}
