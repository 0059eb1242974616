package org.newsline.event;

/**
 * Where an event or claim stands in review. Readers see PUBLISHED and, marked as such,
 * UNREVIEWED; DRAFT and REJECTED stay on the desk and are never deleted.
 */
public enum ReviewStatus {

	UNREVIEWED, PUBLISHED, REJECTED, DRAFT;

	public boolean visibleToReaders() {
		return this == PUBLISHED || this == UNREVIEWED;
	}

}
