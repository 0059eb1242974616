package org.newsline.ingest.extract;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.shared.TextSpan;

/**
 * An actor found in one article: a local key, the fullest name seen, its other surface
 * forms, a title or role seen next to it, and where it is mentioned.
 */
public record ActorDraft(String key, String name, ActorKind kind, @Nullable String description, Set<String> aliases,
		List<TextSpan> mentions) {

	public ActorDraft {
		aliases = Set.copyOf(aliases);
		mentions = List.copyOf(mentions);
	}

}
