package org.newsline.ingest.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.jspecify.annotations.Nullable;

/**
 * Princeton WordNet 3.1, read from the classpath on first use and kept: what kind of
 * thing a noun names, the words that mean the same or something more general, and the
 * words that mean the opposite. Answers are cached per word; the dictionary itself is
 * read under a lock.
 */
public final class WordNet {

	/** Kinds of thing a noun may name, as WordNet's top-level synsets call them. */
	public enum Kind {

		/** An organization, institution or other social group. */
		ORGANIZATION("organization", "social group", "institution"),

		/** A person. */
		PERSON("person"),

		/** A made thing: a device, a structure, software. */
		ARTIFACT("artifact", "software"),

		/** A place. */
		LOCATION("location"),

		/** Something that happens: an act, an event, a natural phenomenon. */
		EVENT("event", "act", "happening", "phenomenon", "occurrence");

		private final Set<String> roots;

		Kind(String... roots) {
			this.roots = Set.of(roots);
		}

	}

	private static final int MAX_DEPTH = 12;

	private static volatile @Nullable Dictionary dictionary;

	private static final Map<String, Set<Kind>> KINDS = new ConcurrentHashMap<>();

	private static final Map<String, Set<String>> RELATED = new ConcurrentHashMap<>();

	private static final Map<String, Set<String>> ANTONYMS = new ConcurrentHashMap<>();

	private static final Map<String, Set<String>> FORMS = new ConcurrentHashMap<>();

	private static final Map<String, Set<String>> SYNONYMS = new ConcurrentHashMap<>();

	private static final Map<String, Set<String>> MEANINGS = new ConcurrentHashMap<>();

	private static final Map<String, Set<Kind>> FIRST_KINDS = new ConcurrentHashMap<>();

	private static final Map<String, Boolean> IS_A = new ConcurrentHashMap<>();

	private static final Map<String, List<String>> PERTAINS = new ConcurrentHashMap<>();

	private WordNet() {
	}

	/** The kinds of thing any sense of a noun names; empty for a word WordNet lacks. */
	public static Set<Kind> kindsOf(String noun) {
		return KINDS.computeIfAbsent(noun.toLowerCase(Locale.ROOT), (key) -> {
			Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
			for (Synset sense : senses(POS.NOUN, key)) {
				collectKinds(sense, kinds, new HashSet<>(), 0);
			}
			return Collections.unmodifiableSet(kinds);
		});
	}

	/**
	 * The lemmas of a word's synonyms and of the more general words its senses fall under
	 * (two levels up), and the verbs or nouns derived from it ("death" and "die"), the
	 * word itself included.
	 */
	public static Set<String> related(String lemma, boolean verb) {
		String key = (verb ? "v:" : "n:") + lemma.toLowerCase(Locale.ROOT);
		return RELATED.computeIfAbsent(key, (k) -> {
			Set<String> related = new HashSet<>();
			String word = k.substring(2);
			related.add(word);
			for (Synset sense : first(senses(verb ? POS.VERB : POS.NOUN, word), 3)) {
				addLemmas(sense, related);
				for (Synset up : targets(sense, PointerType.HYPERNYM)) {
					addLemmas(up, related);
					if (!verb) {
						for (Synset further : targets(up, PointerType.HYPERNYM)) {
							addLemmas(further, related);
						}
					}
				}
				for (Word member : sense.getWords()) {
					if (member.getLemma().equalsIgnoreCase(word)) {
						for (Pointer pointer : pointers(member, PointerType.DERIVATION)) {
							if (target(pointer) instanceof Word derived) {
								related.add(derived.getLemma().toLowerCase(Locale.ROOT));
							}
						}
					}
				}
			}
			return Collections.unmodifiableSet(related);
		});
	}

	/**
	 * The words that share one of the first senses of a word used as a verb or a noun
	 * ("downplayed": "downplay", "minimize", "understate"), the word's base form
	 * included.
	 */
	public static Set<String> synonyms(String word, boolean verb) {
		String key = (verb ? "v:" : "n:") + word.toLowerCase(Locale.ROOT);
		return SYNONYMS.computeIfAbsent(key, (k) -> {
			Set<String> synonyms = new HashSet<>();
			for (Synset sense : first(senses(verb ? POS.VERB : POS.NOUN, k.substring(2)), 3)) {
				addLemmas(sense, synonyms);
			}
			return Collections.unmodifiableSet(synonyms);
		});
	}

	/**
	 * Whether a noun names a kind of what another noun names, in any sense ("hospital" is
	 * a "facility", "ministry" a "department").
	 */
	public static boolean isA(String noun, String general) {
		String key = noun.toLowerCase(Locale.ROOT) + ">" + general.toLowerCase(Locale.ROOT);
		return IS_A.computeIfAbsent(key, (k) -> {
			String target = general.toLowerCase(Locale.ROOT);
			for (Synset sense : first(senses(POS.NOUN, noun.toLowerCase(Locale.ROOT)), 3)) {
				if (hasAncestor(sense, target, new HashSet<>(), 0)) {
					return true;
				}
			}
			return false;
		});
	}

	private static boolean hasAncestor(Synset synset, String lemma, Set<Long> seen, int depth) {
		if (depth > 6 || !seen.add(synset.getOffset())) {
			return false;
		}
		for (Synset up : targets(synset, PointerType.HYPERNYM)) {
			for (Word word : up.getWords()) {
				String ancestor = word.getLemma().toLowerCase(Locale.ROOT);
				// "health facility" is a facility too.
				if (ancestor.equals(lemma) || ancestor.endsWith(" " + lemma)) {
					return true;
				}
			}
			if (hasAncestor(up, lemma, seen, depth + 1)) {
				return true;
			}
		}
		return false;
	}

	/** The kinds of thing a noun's most common sense names. */
	public static Set<Kind> firstSenseKinds(String noun) {
		return FIRST_KINDS.computeIfAbsent(noun.toLowerCase(Locale.ROOT), (key) -> {
			Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
			for (Synset sense : first(senses(POS.NOUN, key), 1)) {
				collectKinds(sense, kinds, new HashSet<>(), 0);
			}
			return Collections.unmodifiableSet(kinds);
		});
	}

	/**
	 * What a word may mean, as lemmas: the words sharing one of its first senses as a
	 * noun or a verb, its forms in other parts of speech, and the more general noun its
	 * first noun senses fall under ("strike": "attack"; "boat": "vessel"). Two words
	 * whose meanings meet may describe the same thing.
	 */
	public static Set<String> meanings(String word) {
		return MEANINGS.computeIfAbsent(word.toLowerCase(Locale.ROOT), (key) -> {
			Set<String> meanings = new HashSet<>();
			meanings.addAll(synonyms(key, true));
			meanings.addAll(synonyms(key, false));
			meanings.addAll(forms(key));
			for (Synset sense : first(senses(POS.NOUN, key), 2)) {
				for (Synset up : targets(sense, PointerType.HYPERNYM)) {
					addLemmas(up, meanings);
				}
			}
			meanings.add(key);
			return Collections.unmodifiableSet(meanings);
		});
	}

	/**
	 * A word's forms across parts of speech: the lemmas derivationally related to it in
	 * any of its senses as a noun, verb or adjective ("death", "die", "dead"), the word
	 * itself included.
	 */
	public static Set<String> forms(String word) {
		return FORMS.computeIfAbsent(word.toLowerCase(Locale.ROOT), (key) -> {
			Set<String> forms = new HashSet<>();
			forms.add(key);
			for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE)) {
				for (Synset sense : first(senses(pos, key), 4)) {
					for (Word member : sense.getWords()) {
						if (member.getLemma().equalsIgnoreCase(key)) {
							for (Pointer pointer : pointers(member, PointerType.DERIVATION)) {
								if (target(pointer) instanceof Word derived) {
									forms.add(derived.getLemma().toLowerCase(Locale.ROOT));
								}
							}
						}
					}
				}
			}
			return Collections.unmodifiableSet(forms);
		});
	}

	/**
	 * The opposites of an adjective ("legal": "illegal"), directly or through its similar
	 * adjectives' opposites.
	 */
	public static Set<String> antonyms(String adjective) {
		return ANTONYMS.computeIfAbsent(adjective.toLowerCase(Locale.ROOT), (word) -> {
			Set<String> antonyms = new HashSet<>();
			for (Synset sense : senses(POS.ADJECTIVE, word)) {
				for (Word member : sense.getWords()) {
					if (member.getLemma().equalsIgnoreCase(word)) {
						for (Pointer pointer : pointers(member, PointerType.ANTONYM)) {
							if (target(pointer) instanceof Word opposite) {
								antonyms.add(opposite.getLemma().toLowerCase(Locale.ROOT));
								addLemmas(opposite.getSynset(), antonyms);
							}
						}
					}
				}
			}
			return Collections.unmodifiableSet(antonyms);
		});
	}

	/** Whether WordNet knows a word as an adjective ("southern", "central"). */
	public static boolean isAdjective(String word) {
		return !senses(POS.ADJECTIVE, word.toLowerCase(Locale.ROOT)).isEmpty();
	}

	/**
	 * The nouns an adjective pertains to, as written ("Venezuelan": "Venezuela", "Dutch":
	 * "Netherlands"); empty for an adjective that pertains to none.
	 */
	public static List<String> pertainsTo(String adjective) {
		return PERTAINS.computeIfAbsent(adjective.toLowerCase(Locale.ROOT), (word) -> {
			List<String> nouns = new ArrayList<>();
			for (Synset sense : senses(POS.ADJECTIVE, word)) {
				for (Word member : sense.getWords()) {
					if (member.getLemma().equalsIgnoreCase(word)) {
						for (Pointer pointer : pointers(member, PointerType.PERTAINYM)) {
							if (target(pointer) instanceof Word noun && !nouns.contains(noun.getLemma())) {
								nouns.add(noun.getLemma());
							}
						}
					}
				}
			}
			return List.copyOf(nouns);
		});
	}

	private static void collectKinds(Synset synset, Set<Kind> kinds, Set<Long> seen, int depth) {
		if (depth > MAX_DEPTH || !seen.add(synset.getOffset())) {
			return;
		}
		for (Word word : synset.getWords()) {
			String lemma = word.getLemma().toLowerCase(Locale.ROOT);
			for (Kind kind : Kind.values()) {
				if (kind.roots.contains(lemma)) {
					kinds.add(kind);
				}
			}
		}
		for (Synset up : targets(synset, PointerType.HYPERNYM)) {
			collectKinds(up, kinds, seen, depth + 1);
		}
		for (Synset up : targets(synset, PointerType.INSTANCE_HYPERNYM)) {
			collectKinds(up, kinds, seen, depth + 1);
		}
	}

	private static void addLemmas(Synset synset, Set<String> into) {
		for (Word word : synset.getWords()) {
			into.add(word.getLemma().toLowerCase(Locale.ROOT));
		}
	}

	private static List<Synset> first(List<Synset> senses, int count) {
		return senses.size() <= count ? senses : senses.subList(0, count);
	}

	private static List<Synset> targets(Synset synset, PointerType type) {
		synchronized (WordNet.class) {
			List<Synset> targets = new java.util.ArrayList<>();
			for (Pointer pointer : pointers(synset, type)) {
				if (target(pointer) instanceof Synset found) {
					targets.add(found);
				}
			}
			return targets;
		}
	}

	private static List<Pointer> pointers(PointerTarget from, PointerType type) {
		synchronized (WordNet.class) {
			return from.getPointers(type);
		}
	}

	private static @Nullable PointerTarget target(Pointer pointer) {
		synchronized (WordNet.class) {
			try {
				return pointer.getTarget();
			}
			catch (JWNLException ex) {
				return null;
			}
		}
	}

	private static List<Synset> senses(POS pos, String word) {
		synchronized (WordNet.class) {
			try {
				IndexWord indexWord = dictionary().lookupIndexWord(pos, word);
				// The lookup falls back on parts of a phrase ("Texas" for "Texas
				// Department of Health"): a phrase must be found whole.
				if (indexWord == null || word.contains(" ") && !indexWord.getLemma().equalsIgnoreCase(word)) {
					return List.of();
				}
				return List.copyOf(indexWord.getSenses());
			}
			catch (JWNLException ex) {
				return List.of();
			}
		}
	}

	private static Dictionary dictionary() {
		Dictionary loaded = dictionary;
		if (loaded == null) {
			synchronized (WordNet.class) {
				loaded = dictionary;
				if (loaded == null) {
					try {
						loaded = Dictionary.getDefaultResourceInstance();
					}
					catch (JWNLException ex) {
						throw new IllegalStateException("WordNet could not be read from the classpath", ex);
					}
					dictionary = loaded;
				}
			}
		}
		return loaded;
	}

}
