package org.newsline.timeline;

import java.util.EnumSet;
import java.util.Set;

import org.newsline.event.Event;
import org.newsline.event.EventRepository;
import org.newsline.event.ReviewStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reader's view of events: only published and unreviewed ones, newest first.
 */
@Service
@Transactional(readOnly = true)
public class Timeline {

	static final Set<ReviewStatus> LISTED = EnumSet.of(ReviewStatus.PUBLISHED, ReviewStatus.UNREVIEWED);

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("date.start"), Sort.Order.desc("id"));

	private final EventRepository events;

	private final EventCards cards;

	Timeline(EventRepository events, EventCards cards) {
		this.events = events;
		this.cards = cards;
	}

	public Page<EventCard> page(int page, int size) {
		Page<Event> found = this.events.findListed(LISTED, PageRequest.of(page, size, NEWEST_FIRST));
		return new org.springframework.data.domain.PageImpl<>(this.cards.of(found.getContent()), found.getPageable(),
				found.getTotalElements());
	}

	public java.util.Optional<EventCard> event(long id) {
		return this.events.findById(id)
			.filter((event) -> event.getMergedIntoId() == null && LISTED.contains(event.getStatus()))
			.map((event) -> this.cards.of(java.util.List.of(event)).get(0));
	}

}
