package org.newsline.timeline;

import java.util.List;

import org.newsline.event.EventDate;
import org.newsline.event.ReviewStatus;

/**
 * An event as the timeline shows it: its date, title and summary, actors, tags, sources
 * and the ids of the claims about it.
 */
public record EventCard(long id, String slug, String title, String summary, EventDate date, ReviewStatus status,
		List<ActorRef> actors, List<TagRef> tags, List<SourceRef> sources, List<Long> claimIds, boolean disputed) {

	public long independentSources() {
		return this.sources.stream().filter(SourceRef::independent).count();
	}

	public boolean unreviewed() {
		return this.status == ReviewStatus.UNREVIEWED;
	}

}
