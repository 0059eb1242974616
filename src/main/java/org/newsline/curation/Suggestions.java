package org.newsline.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.newsline.actor.Actor;
import org.newsline.actor.ActorKind;
import org.newsline.actor.ActorRepository;
import org.newsline.actor.Alias;
import org.newsline.actor.AliasKey;
import org.newsline.event.Tag;
import org.newsline.event.TagRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Autocomplete for editor forms: actors by any alias, ignoring case and accents, and
 * tags.
 */
@Service
@Transactional(readOnly = true)
public class Suggestions {

	private final ActorRepository actors;

	private final TagRepository tags;

	Suggestions(ActorRepository actors, TagRepository tags) {
		this.actors = actors;
		this.tags = tags;
	}

	/** An actor offered for a typed text, with the alias that matched. */
	public record ActorSuggestion(long id, String name, ActorKind kind, String slug, String matched) {
	}

	public List<ActorSuggestion> actors(String text, int limit) {
		if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return List.of();
		}
		String key = AliasKey.of(text).value();
		Map<Long, ActorSuggestion> found = new LinkedHashMap<>();
		for (Alias alias : this.actors.findAliasesContaining(key, PageRequest.of(0, limit * 4))) {
			Actor actor = alias.getActor();
			found.putIfAbsent(actor.getId(), new ActorSuggestion(Objects.requireNonNull(actor.getId()), actor.getName(),
					actor.getKind(), actor.getSlug(), alias.getName()));
		}
		return found.values().stream().limit(limit).toList();
	}

	public List<String> tags(String text, int limit) {
		return this.tags.findNamesContaining(text.strip(), PageRequest.of(0, limit))
			.stream()
			.map(Tag::getName)
			.toList();
	}

	/** Every current actor's name, for a form's datalist. */
	public List<ActorSuggestion> allActors(int limit) {
		return this.actors.findCurrent(PageRequest.of(0, limit, Sort.by("name")))
			.stream()
			.map((a) -> new ActorSuggestion(Objects.requireNonNull(a.getId()), a.getName(), a.getKind(), a.getSlug(),
					a.getName()))
			.toList();
	}

	public List<String> allTags(int limit) {
		return this.tags.findAll(PageRequest.of(0, limit, Sort.by("name"))).stream().map(Tag::getName).toList();
	}

}
