package org.newsline.curation;

import java.util.List;
import java.util.Objects;

import org.newsline.actor.Actor;
import org.newsline.actor.ActorRepository;
import org.newsline.actor.Alias;
import org.newsline.event.EventRepository;
import org.newsline.shared.NotFoundException;
import org.newsline.shared.Origin;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' corrections to actors: name, kind, description and aliases.
 */
@Service
@Transactional(readOnly = true)
public class ActorCuration {

	static final String KIND = "Actor";

	private final ActorRepository actors;

	private final EventRepository events;

	ActorCuration(ActorRepository actors, EventRepository events) {
		this.actors = actors;
		this.events = events;
	}

	public ActorDetails details(long id) {
		Actor actor = load(id);
		return new ActorDetails(id, actor.getSlug(), actor.getName(), actor.getKind(), actor.getDescription(),
				actor.getMergedIntoId(), actor.getVersion(), actor.getAliases().stream().map(Alias::getName).toList(),
				this.events.findInvolving(List.of(id))
					.stream()
					.map((e) -> new EventCuration.EventChoice(Objects.requireNonNull(e.getId()), e.getTitle(),
							e.getStatus()))
					.toList());
	}

	@Transactional
	public void edit(long id, EditActor command) {
		Actor actor = this.actors.findForUpdate(id).orElseThrow(() -> NotFoundException.of(KIND, id));
		EditConflict.check(KIND, id, command.version(), actor.getVersion());
		actor.edit(command.name(), command.kind(), command.description());
		for (Alias alias : List.copyOf(actor.getAliases())) {
			boolean kept = command.aliases().stream().anyMatch((name) -> name.equalsIgnoreCase(alias.getName()));
			if (!kept && !alias.getName().equalsIgnoreCase(actor.getName())) {
				actor.removeAlias(alias.getName());
			}
		}
		for (String alias : command.aliases()) {
			if (alias.codePoints().noneMatch(Character::isLetterOrDigit)) {
				throw new RejectedInput("aliases", "An alias has letters or digits");
			}
			actor.addAlias(alias, Origin.EDITOR);
		}
	}

	/** Current actors to pick from, by name. */
	public List<Suggestions.ActorSuggestion> choices(int limit) {
		return this.actors.findCurrent(PageRequest.of(0, limit, Sort.by("name")))
			.stream()
			.map((a) -> new Suggestions.ActorSuggestion(Objects.requireNonNull(a.getId()), a.getName(), a.getKind(),
					a.getSlug(), a.getName()))
			.toList();
	}

	private Actor load(long id) {
		return this.actors.findById(id).orElseThrow(() -> NotFoundException.of(KIND, id));
	}

}
