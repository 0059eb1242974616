package org.newsline.event;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where an event or claim stands in review. Readers see PUBLISHED and, marked as such,
 * UNREVIEWED; DRAFT and REJECTED stay on the desk and are never deleted.
 */
public enum ReviewStatus {

	UNREVIEWED, PUBLISHED, REJECTED, DRAFT;

	public boolean visibleToReaders() {
		return this == PUBLISHED || this == UNREVIEWED;
	}

	/** The statuses readers see, for queries. */
	public static Set<ReviewStatus> readerVisible() {
		return Arrays.stream(values())
			.filter(ReviewStatus::visibleToReaders)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ReviewStatus.class)));
	}

	/**
	 * The statuses readers see as an SQL list, {@code ('UNREVIEWED', 'PUBLISHED')}, so
	 * that queries apply {@link #visibleToReaders()} and never a copy of it.
	 */
	public static String readerVisibleSql() {
		return readerVisible().stream()
			.map((status) -> "'" + status.name() + "'")
			.collect(Collectors.joining(", ", "(", ")"));
	}

}
