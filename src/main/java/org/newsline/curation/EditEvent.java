package org.newsline.curation;

import java.util.List;

import org.newsline.actor.ActorKind;
import org.newsline.event.EventDate;
import org.newsline.event.ReviewStatus;

/**
 * An editor's version of an event: its text, date, status, actors by name (unknown names
 * become new actors of the given kind) and tags by name (unknown ones are created).
 */
public record EditEvent(String title, String summary, EventDate date, ReviewStatus status, List<String> actors,
		ActorKind newActorKind, List<String> tags, long version) {

	public EditEvent {
		actors = actors.stream().map(String::strip).filter((name) -> !name.isEmpty()).distinct().toList();
		tags = tags.stream().map(String::strip).filter((name) -> !name.isEmpty()).distinct().toList();
	}

}
