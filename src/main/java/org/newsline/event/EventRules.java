package org.newsline.event;

/**
 * The event rules that readers' queries apply, as SQL conditions on the {@code event}
 * table under the alias a query gives it. Each rule is written here once, next to the
 * entity it judges, and every query that needs it calls it.
 */
public final class EventRules {

	private EventRules() {
	}

	/**
	 * Visible to readers: published or unreviewed
	 * ({@link ReviewStatus#visibleToReaders()}) and not merged into another event.
	 */
	public static String visibleToReaders(String event) {
		return "(%1$s.merged_into_id is null and %1$s.status in %2$s)".formatted(event,
				ReviewStatus.readerVisibleSql());
	}

	/** Published by an editor, and not merged into another event. */
	public static String published(String event) {
		return "(%1$s.merged_into_id is null and %1$s.status = '%2$s')".formatted(event, ReviewStatus.PUBLISHED.name());
	}

}
