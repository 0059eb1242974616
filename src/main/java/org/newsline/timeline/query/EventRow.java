package org.newsline.timeline.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.newsline.event.DatePrecision;
import org.newsline.event.EventDate;
import org.newsline.event.ReviewStatus;

/**
 * An event as the card queries select it, column by column ({@link #COLUMNS}); the marked
 * title and summary are the search matches ts_headline delimited, or null when nothing
 * was searched.
 */
record EventRow(long id, String slug, String title, String summary, LocalDate dateStart, LocalDate dateEnd,
		DatePrecision datePrecision, boolean dateApproximate, @Nullable String datePhrase,
		@Nullable LocalDate dateAnchor, ReviewStatus status, OffsetDateTime updatedAt, @Nullable String markedTitle,
		@Nullable String markedSummary) {

	/** The event columns every card query selects, on {@code event e}, unmarked. */
	static final String COLUMNS = """
			e.id, e.slug, e.title, e.summary, e.date_start, e.date_end, e.date_precision, e.date_approximate,
			e.date_phrase, e.date_anchor, e.status, e.updated_at, null as marked_title, null as marked_summary""";

	EventDate date() {
		return new EventDate(this.dateStart, this.dateEnd, this.datePrecision, this.dateApproximate, this.datePhrase,
				this.dateAnchor);
	}

}
