package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.actor.AliasKey;
import org.newsline.ingest.nlp.CorefChain;
import org.newsline.shared.TextSpan;

/**
 * Groups the mentions of an article's actors into one actor each, merging the surface
 * forms that name the same one (surnames, acronyms, bracketed short forms, country short
 * forms), and lets pronouns and descriptions that coreference ties to an actor stand for
 * it.
 */
final class ActorResolver {

	private ActorResolver() {
	}

	private static final class Cluster {

		final List<ActorMention> mentions = new ArrayList<>();

		final Set<String> keys = new LinkedHashSet<>();

		ActorKind kind;

		Cluster(ActorKind kind) {
			this.kind = kind;
		}

		void add(ActorMention mention) {
			this.mentions.add(mention);
			this.keys.add(AliasKey.of(mention.text()).value());
		}

		ActorMention longest() {
			return this.mentions.stream().max(Comparator.comparingInt(ActorMention::length)).orElseThrow();
		}

	}

	static Actors resolve(List<Parse> parses, List<CorefChain> chains) {
		List<ActorMention> mentions = ActorMentions.find(parses);
		List<ActorMention> ordered = new ArrayList<>(mentions);
		ordered.sort(Comparator.comparing((ActorMention mention) -> mention.shortFormOf() != null)
			.thenComparing(Comparator.comparingInt(ActorMention::length).reversed()));
		List<Cluster> clusters = new ArrayList<>();
		Map<ActorMention, Cluster> clusterOf = new IdentityHashMap<>();
		for (ActorMention mention : ordered) {
			Cluster cluster = (mention.shortFormOf() != null) ? clusterOf.get(mention.shortFormOf()) : null;
			if (cluster == null) {
				cluster = find(clusters, mention);
			}
			if (cluster == null) {
				cluster = new Cluster(mention.kind());
				clusters.add(cluster);
			}
			else if (mention.kind() == ActorKind.GROUP && cluster.kind == ActorKind.ORGANIZATION) {
				cluster.kind = ActorKind.GROUP;
			}
			cluster.add(mention);
			clusterOf.put(mention, cluster);
		}
		mergeShortForms(clusters, clusterOf, mentions);
		List<ActorDraft> drafts = new ArrayList<>();
		Map<Cluster, String> keys = new IdentityHashMap<>();
		for (Cluster cluster : clusters) {
			ActorDraft draft = draft(cluster);
			keys.put(cluster, draft.key());
			drafts.add(draft);
		}
		drafts.sort(Comparator.comparingInt(draft -> draft.mentions().get(0).start()));
		Map<Long, String> keysByToken = new HashMap<>();
		for (ActorMention mention : mentions) {
			String key = keys.get(clusterOf.get(mention));
			for (int token = mention.begin(); token < mention.end(); token++) {
				keysByToken.put(Actors.position(mention.sentence(), token), key);
			}
		}
		Actors actors = new Actors(drafts, keysByToken, Map.of());
		return new Actors(drafts, keysByToken, CoreferenceLinks.references(parses, chains, actors));
	}

	/**
	 * "Phivolcs" mentioned on its own before "(Phivolcs)" names it as the short form of
	 * the institute: the clusters the short form joins become one.
	 */
	private static void mergeShortForms(List<Cluster> clusters, Map<ActorMention, Cluster> clusterOf,
			List<ActorMention> mentions) {
		for (ActorMention mention : mentions) {
			if (mention.shortFormOf() == null) {
				continue;
			}
			Cluster full = clusterOf.get(mention.shortFormOf());
			String key = AliasKey.of(mention.text()).value();
			for (Cluster other : List.copyOf(clusters)) {
				if (other != full && full != null && other.keys.contains(key) && other.kind != ActorKind.COUNTRY) {
					for (ActorMention moved : other.mentions) {
						full.add(moved);
						clusterOf.put(moved, full);
					}
					clusters.remove(other);
				}
			}
		}
	}

	private static @Nullable Cluster find(List<Cluster> clusters, ActorMention raw) {
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
						|| sameGovernment(words, clusterWords)
						|| words.size() >= 2 && Collections.indexOfSubList(clusterWords, words) >= 0
								&& clusterWords.get(clusterWords.size() - 1).equals(words.get(words.size() - 1)));
			};
			if (matches && (best == null || cluster.mentions.size() > best.mentions.size())) {
				best = cluster;
			}
		}
		return best;
	}

	/** "The Maduro government" and "the Maduro regime" are one government. */
	private static boolean sameGovernment(List<String> words, List<String> clusterWords) {
		int last = words.size() - 1;
		return words.size() >= 2 && words.size() == clusterWords.size()
				&& ActorMentions.STATE_HEADS.contains(words.get(last))
				&& ActorMentions.STATE_HEADS.contains(clusterWords.get(last))
				&& words.subList(0, last).equals(clusterWords.subList(0, last));
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
		for (ActorMention mention : cluster.mentions) {
			surfaces.merge(mention.text(), 1, Integer::sum);
		}
		String name;
		if (cluster.kind == ActorKind.COUNTRY) {
			name = cluster.mentions.get(0).countryName();
		}
		else {
			name = surfaces.keySet()
				.stream()
				.max(Comparator.<String>comparingInt(surface -> surface.split("\\s+").length)
					.thenComparingInt(surface -> ActorMentions.isAcronym(surface) ? 0 : 1)
					.thenComparingLong(surface -> surface.chars().filter(c -> c > 127).count())
					.thenComparingInt(surfaces::get))
				.orElseThrow();
		}
		Set<String> aliases = new LinkedHashSet<>();
		Map<String, Integer> titles = new LinkedHashMap<>();
		String apposition = null;
		for (ActorMention mention : cluster.mentions) {
			aliases.add(mention.text());
			if (mention.title() != null) {
				aliases.add(mention.title() + " " + mention.text());
				titles.merge(mention.title(), 1, Integer::sum);
			}
			if (apposition == null && mention.apposition() != null) {
				apposition = mention.apposition();
			}
		}
		aliases.remove(name);
		String description = apposition;
		if (description == null && !titles.isEmpty()) {
			description = titles.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		}
		List<TextSpan> spans = cluster.mentions.stream()
			.map(ActorMention::span)
			.sorted(Comparator.comparingInt(TextSpan::start))
			.toList();
		return new ActorDraft(AliasKey.of(name).value(), name, cluster.kind, description, aliases, spans);
	}

}
