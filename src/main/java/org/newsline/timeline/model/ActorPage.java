package org.newsline.timeline.model;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;

/**
 * An actor's page: who they are, the names they go by, their events and their claims with
 * how many of those are disputed or false.
 */
public record ActorPage(long id, String slug, String name, ActorKind kind, @Nullable String description,
		List<String> aliases, List<EventCard> events, List<ClaimView> claims, long claimCount, long disputedCount,
		long falseCount) {

}
