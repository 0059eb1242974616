package org.newsline.actor;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Which known actor a name refers to: by any of its forms, else by a lone surname of a
 * known person. A person is never taken for an organisation or a country, nor the other
 * way round.
 */
@Component
public class KnownActors {

	private final ActorRepository actors;

	KnownActors(ActorRepository actors) {
		this.actors = actors;
	}

	/**
	 * The known actor named so, or by one of the other forms, of a compatible kind; the
	 * one that has the very form, then the one with most of the forms, then the oldest.
	 */
	public Optional<Actor> find(String name, Collection<String> otherForms, ActorKind kind) {
		AliasKey nameKey = AliasKey.of(name);
		Set<String> keys = new LinkedHashSet<>();
		keys.add(nameKey.value());
		otherForms.forEach((form) -> keys.add(AliasKey.of(form).value()));
		List<Actor> candidates = this.actors.findByAliasKeys(keys)
			.stream()
			.filter((actor) -> compatible(actor.getKind(), kind))
			.toList();
		if (candidates.isEmpty() && kind == ActorKind.PERSON) {
			String[] words = nameKey.value().split(" ");
			if (words.length == 1) {
				List<Actor> people = this.actors.findPeopleEndingWith(words[0]);
				return (people.size() == 1) ? Optional.of(people.get(0)) : Optional.empty();
			}
			List<Actor> bySurname = this.actors.findByAliasKeys(List.of(words[words.length - 1]))
				.stream()
				.filter((actor) -> actor.getKind() == ActorKind.PERSON && !actor.getName().contains(" "))
				.toList();
			return (bySurname.size() == 1) ? Optional.of(bySurname.get(0)) : Optional.empty();
		}
		return candidates.stream()
			.max(Comparator.<Actor>comparingInt((actor) -> actor.hasSurfaceForm(name) ? 1 : 0)
				.thenComparingLong((actor) -> keys.stream().filter((k) -> actor.hasAlias(new AliasKey(k))).count())
				.thenComparing(Actor::getId, Comparator.reverseOrder()));
	}

	private static boolean compatible(ActorKind known, ActorKind named) {
		return (known == ActorKind.PERSON) == (named == ActorKind.PERSON);
	}

}
