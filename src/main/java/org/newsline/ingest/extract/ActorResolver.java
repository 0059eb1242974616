package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.actor.AliasKey;
import org.newsline.ingest.nlp.Dependency;
import org.newsline.ingest.nlp.Mention;
import org.newsline.shared.TextSpan;

/**
 * Finds the actors of an article in its named-entity mentions and merges the surface
 * forms that name the same one (surnames, acronyms, country short forms).
 */
final class ActorResolver {

	private ActorResolver() {
	}

	private record Raw(int sentence, int begin, int end, String text, ActorKind kind, TextSpan span,
			@Nullable String countryName, @Nullable String title, @Nullable String apposition) {

		int length() {
			return this.end - this.begin;
		}

	}

	private static final class Cluster {

		final List<Raw> mentions = new ArrayList<>();

		final Set<String> keys = new LinkedHashSet<>();

		ActorKind kind;

		Cluster(ActorKind kind) {
			this.kind = kind;
		}

		void add(Raw raw) {
			this.mentions.add(raw);
			this.keys.add(AliasKey.of(raw.text()).value());
		}

		Raw longest() {
			return this.mentions.stream().max(Comparator.comparingInt(Raw::length)).orElseThrow();
		}

	}

	static Actors resolve(List<Parse> parses) {
		List<Raw> raws = new ArrayList<>();
		for (Parse parse : parses) {
			for (Mention mention : parse.sentence.mentions()) {
				Raw raw = candidate(parse, mention);
				if (raw != null) {
					raws.add(raw);
				}
			}
		}
		List<Raw> ordered = new ArrayList<>(raws);
		ordered.sort(Comparator.comparingInt(Raw::length).reversed());
		List<Cluster> clusters = new ArrayList<>();
		Map<Raw, Cluster> clusterOf = new HashMap<>();
		for (Raw raw : ordered) {
			Cluster cluster = find(clusters, raw);
			if (cluster == null) {
				cluster = new Cluster(raw.kind());
				clusters.add(cluster);
			}
			else if (raw.kind() == ActorKind.GROUP && cluster.kind == ActorKind.ORGANIZATION) {
				cluster.kind = ActorKind.GROUP;
			}
			cluster.add(raw);
			clusterOf.put(raw, cluster);
		}
		List<ActorDraft> drafts = new ArrayList<>();
		Map<Cluster, String> keys = new HashMap<>();
		for (Cluster cluster : clusters) {
			ActorDraft draft = draft(cluster);
			keys.put(cluster, draft.key());
			drafts.add(draft);
		}
		drafts.sort(Comparator.comparingInt(draft -> draft.mentions().get(0).start()));
		Map<Long, String> keysByToken = new HashMap<>();
		for (Raw raw : raws) {
			String key = keys.get(clusterOf.get(raw));
			for (int token = raw.begin(); token < raw.end(); token++) {
				keysByToken.put(Actors.position(raw.sentence(), token), key);
			}
		}
		return new Actors(drafts, keysByToken);
	}

	private static @Nullable Raw candidate(Parse parse, Mention mention) {
		int begin = mention.tokenBegin();
		int end = mention.tokenEnd();
		while (begin < end && (parse.lemma(begin).equals("the") || parse.isPunctuation(begin))) {
			begin++;
		}
		while (end > begin && (parse.token(end - 1).pos().equals("POS") || parse.isPunctuation(end - 1))) {
			end--;
		}
		if (begin >= end) {
			return null;
		}
		String text = parse.text(begin, end - 1);
		String lower = text.toLowerCase(Locale.ROOT);
		if (text.length() < 2 || text.chars().noneMatch(Character::isUpperCase)
				|| Lexicon.PRONOUNS.contains(lower) && !isAcronym(text) || Lexicon.NOT_ACTORS.contains(lower)) {
			return null;
		}
		String folded = AliasKey.of(text).value();
		String countryName = Lexicon.COUNTRY_NAMES.get(folded);
		ActorKind kind;
		switch (mention.nerType()) {
			case "PERSON" -> kind = ActorKind.PERSON;
			case "COUNTRY" -> {
				// "America" in "Latin America", "Korea" in "South Korea" mis-split by
				// NER.
				if (begin > 0 && parse.token(begin - 1).ner().equals("MISC")) {
					return null;
				}
				kind = ActorKind.COUNTRY;
			}
			case "ORGANIZATION" -> kind = countryName != null ? ActorKind.COUNTRY
					: isGroup(parse, begin, end) ? ActorKind.GROUP : ActorKind.ORGANIZATION;
			case "MISC" -> {
				if (!isGroup(parse, begin, end)) {
					return null;
				}
				kind = ActorKind.GROUP;
			}
			default -> {
				return null;
			}
		}
		return new Raw(parse.sentence.index(), begin, end, text, kind, parse.span(begin, end - 1),
				kind == ActorKind.COUNTRY ? (countryName != null ? countryName : text) : null, title(parse, begin),
				apposition(parse, begin, end));
	}

	private static boolean isGroup(Parse parse, int begin, int end) {
		if (end < parse.size() && Lexicon.GROUP_NOUNS.contains(parse.lemma(end))) {
			return true;
		}
		int head = end - 1;
		for (Dependency dep : parse.children(head)) {
			if (Parse.is(dep, "appos") && Lexicon.GROUP_NOUNS.contains(parse.lemma(dep.dependent()))) {
				return true;
			}
		}
		for (Dependency dep : parse.parents(head)) {
			if (Parse.is(dep, "appos") && Lexicon.GROUP_NOUNS.contains(parse.lemma(dep.governor()))) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String title(Parse parse, int begin) {
		int first = begin;
		while (first > 0 && parse.token(first - 1).ner().equals("TITLE")) {
			first--;
		}
		return first < begin ? parse.text(first, begin - 1) : null;
	}

	// "a spokesperson for the Command, Col. Jane Doe" or "Doe, a spokesperson for ...":
	// the other side of an apposition describes the actor.
	private static @Nullable String apposition(Parse parse, int begin, int end) {
		int head = end - 1;
		for (int token = begin; token < end; token++) {
			Dependency up = parse.parent(token);
			if (up == null || up.governor() < begin || up.governor() >= end) {
				head = token;
			}
		}
		BitSet own = parse.subtree(head);
		for (int token = begin; token < end; token++) {
			own.set(token);
		}
		List<Integer> others = new ArrayList<>();
		for (Dependency dep : parse.children(head)) {
			if (Parse.is(dep, "appos")) {
				others.add(dep.dependent());
			}
		}
		for (Dependency dep : parse.parents(head)) {
			if (Parse.is(dep, "appos")) {
				others.add(dep.governor());
			}
		}
		for (int other : others) {
			if (own.get(other) && others.size() > 1 && !parse.token(other).pos().startsWith("NN")) {
				continue;
			}
			if (!parse.token(other).pos().startsWith("NN")
					|| !parse.token(other).ner().equals("O") && !parse.token(other).ner().equals("TITLE")) {
				continue;
			}
			BitSet excluded = (BitSet) own.clone();
			excluded.clear(other);
			BitSet phrase = parse.subtree(other, excluded);
			int first = phrase.nextSetBit(0);
			int last = first;
			while (last + 1 < parse.size() && phrase.get(last + 1)) {
				last++;
			}
			while (first <= last && (parse.token(first).pos().equals("DT") || parse.isPunctuation(first))) {
				first++;
			}
			while (last >= first && parse.isPunctuation(last)) {
				last--;
			}
			if (first <= last && last - first < 10) {
				return parse.text(first, last);
			}
		}
		return null;
	}

	private static @Nullable Cluster find(List<Cluster> clusters, Raw raw) {
		if (raw.countryName() != null) {
			String key = AliasKey.of(raw.countryName()).value();
			for (Cluster cluster : clusters) {
				if (cluster.kind == ActorKind.COUNTRY
						&& AliasKey.of(cluster.mentions.get(0).countryName()).value().equals(key)) {
					return cluster;
				}
			}
			return null;
		}
		String key = AliasKey.of(raw.text()).value();
		for (Cluster cluster : clusters) {
			if (cluster.kind != ActorKind.COUNTRY && cluster.keys.contains(key)) {
				return cluster;
			}
		}
		List<String> words = Arrays.asList(key.split(" "));
		Cluster best = null;
		for (Cluster cluster : clusters) {
			if (cluster.kind == ActorKind.COUNTRY) {
				continue;
			}
			List<String> clusterWords = Arrays.asList(AliasKey.of(cluster.longest().text()).value().split(" "));
			boolean matches = switch (raw.kind()) {
				case PERSON -> cluster.kind == ActorKind.PERSON && clusterWords.size() > words.size()
						&& clusterWords.containsAll(words);
				default -> cluster.kind != ActorKind.PERSON && (isAcronymOf(raw.text(), cluster.longest().text())
						|| words.size() >= 2 && Collections.indexOfSubList(clusterWords, words) >= 0
								&& clusterWords.get(clusterWords.size() - 1).equals(words.get(words.size() - 1)));
			};
			if (matches && (best == null || cluster.mentions.size() > best.mentions.size())) {
				best = cluster;
			}
		}
		return best;
	}

	static boolean isAcronymOf(String acronym, String name) {
		String letters = acronym.replace(".", "");
		if (letters.length() < 2 || letters.length() > 6 || !letters.chars().allMatch(Character::isUpperCase)) {
			return false;
		}
		StringBuilder initials = new StringBuilder();
		for (String word : name.split("[\\s-]+")) {
			if (!word.isEmpty() && !Lexicon.NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
				initials.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return initials.length() > 1 && initials.toString().equals(letters);
	}

	private static ActorDraft draft(Cluster cluster) {
		Map<String, Integer> surfaces = new LinkedHashMap<>();
		for (Raw raw : cluster.mentions) {
			surfaces.merge(raw.text(), 1, Integer::sum);
		}
		String name;
		if (cluster.kind == ActorKind.COUNTRY) {
			name = cluster.mentions.get(0).countryName();
		}
		else {
			name = surfaces.keySet()
				.stream()
				.max(Comparator.<String>comparingInt(surface -> surface.split("\\s+").length)
					.thenComparingInt(surface -> isAcronym(surface) ? 0 : 1)
					.thenComparingLong(surface -> surface.chars().filter(c -> c > 127).count())
					.thenComparingInt(surfaces::get))
				.orElseThrow();
		}
		Set<String> aliases = new LinkedHashSet<>();
		Map<String, Integer> titles = new LinkedHashMap<>();
		String apposition = null;
		for (Raw raw : cluster.mentions) {
			aliases.add(raw.text());
			if (raw.title() != null) {
				aliases.add(raw.title() + " " + raw.text());
				titles.merge(raw.title(), 1, Integer::sum);
			}
			if (apposition == null && raw.apposition() != null) {
				apposition = raw.apposition();
			}
		}
		aliases.remove(name);
		String description = apposition;
		if (description == null && !titles.isEmpty()) {
			description = titles.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		}
		List<TextSpan> spans = cluster.mentions.stream()
			.map(Raw::span)
			.sorted(Comparator.comparingInt(TextSpan::start))
			.toList();
		return new ActorDraft(AliasKey.of(name).value(), name, cluster.kind, description, aliases, spans);
	}

	private static boolean isAcronym(String surface) {
		String letters = surface.replace(".", "");
		return letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
	}

}
