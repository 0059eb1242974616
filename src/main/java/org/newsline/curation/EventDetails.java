package org.newsline.curation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.claim.Verdict;
import org.newsline.event.EventDate;
import org.newsline.event.ReviewStatus;
import org.newsline.shared.Origin;

/**
 * An event as the desk shows it: every field, its actors, tags, sources with their
 * quotes, the claims about it, and the evidence the importer found.
 */
public record EventDetails(long id, String slug, String title, String summary, EventDate date, ReviewStatus status,
		Origin origin, @Nullable Long mergedIntoId, Instant updatedAt, long version, List<ActorRef> actors,
		List<String> tags, List<SourceRow> sources, List<ClaimRow> claims, List<Passage> evidence) {

	/** An actor taking part, with its role. */
	public record ActorRef(long id, String name, ActorKind kind, String role) {
	}

	/** One source of the event, with what it is derived from. */
	public record SourceRow(long id, @Nullable Long articleId, @Nullable String url, @Nullable String outlet,
			@Nullable String title, String quote, boolean independent, @Nullable Long derivedFromId, Passage passage) {
	}

	/** A claim about the event. */
	public record ClaimRow(long id, String speaker, String text, Verdict verdict, ReviewStatus status) {
	}

	public List<String> actorNames() {
		return this.actors.stream().map(ActorRef::name).toList();
	}

}
