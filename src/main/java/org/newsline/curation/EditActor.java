package org.newsline.curation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;

/**
 * An editor's version of an actor: canonical name, kind, description and the aliases it
 * is known by.
 */
public record EditActor(String name, ActorKind kind, @Nullable String description, List<String> aliases, long version) {

	public EditActor {
		aliases = aliases.stream().map(String::strip).filter((alias) -> !alias.isEmpty()).distinct().toList();
	}

}
