package org.newsline.timeline.model;

import java.time.Instant;
import java.util.List;

import org.newsline.event.EventDate;
import org.newsline.event.ReviewStatus;

/**
 * An event as the timeline shows it: its date, title and summary (with search matches
 * marked), actors, tags, sources, the ids of the claims about it, and whether one of them
 * is disputed.
 */
public record EventCard(long id, String slug, String title, String summary, EventDate date, ReviewStatus status,
		List<ActorRef> actors, List<TagRef> tags, List<SourceRef> sources, List<Long> claimIds, boolean disputed,
		Instant updatedAt, List<Marked> titleMarks, List<Marked> summaryMarks) {

	public long independentSources() {
		return this.sources.stream().filter(SourceRef::independent).count();
	}

	public long derivedSources() {
		return this.sources.size() - independentSources();
	}

	public boolean unreviewed() {
		return this.status == ReviewStatus.UNREVIEWED;
	}

}
