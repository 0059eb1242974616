package org.newsline.timeline.model;

import java.util.List;

/**
 * Everything the event page shows: the event, its sources split into independent reports
 * and copies, its claims side by side, and related events.
 */
public record EventPage(EventCard event, List<SourceRef> independent, List<SourceRef> derived, List<ClaimView> claims,
		List<EventCard> related) {

}
