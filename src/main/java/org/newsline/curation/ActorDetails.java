package org.newsline.curation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;

/**
 * An actor as the desk shows it: its fields, aliases and the events it takes part in.
 */
public record ActorDetails(long id, String slug, String name, ActorKind kind, @Nullable String description,
		@Nullable Long mergedIntoId, long version, List<String> aliases, List<EventCuration.EventChoice> events) {
}
