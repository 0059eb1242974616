package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.nlp.Dependency;

/**
 * Builds a short headline-style title from a predicate and its arguments: "Maduro says
 * security forces prevented false flag operation".
 */
final class Titles {

	private static final int MAX_WORDS = 12;

	private static final Set<String> NP_MODIFIERS = Set.of("compound", "amod", "nummod", "flat", "fixed", "nmod:poss",
			"case", "det:predet");

	private static final Set<String> ARTICLES = Set.of("a", "an", "the");

	/** Verbs of a judgement, which report what was found: "the court ruled that …". */
	private static final Set<String> FINDING_VERBS = Set.of("rule", "find", "conclude", "decide", "determine", "judge",
			"hold", "establish");

	private static final Set<String> PARTICLES = Set.of("down", "up", "out", "off", "back", "away", "over");

	private Titles() {
	}

	static String title(Parse parse, int predicate, Actors actors) {
		return finish(clause(parse, predicate, actors, 0));
	}

	/**
	 * A title from an event noun and its modifiers: "Magnitude 6.9 earthquake", "2020
	 * election"; relative dates ("Tuesday night's") and prepositions before them are left
	 * out, a year stays.
	 */
	static String nominal(Parse parse, int noun, Actors actors) {
		TreeSet<Integer> tokens = new TreeSet<>();
		collect(parse, noun, tokens, 2);
		List<String> words = new ArrayList<>();
		for (int token : tokens) {
			String ner = parse.token(token).ner();
			boolean year = parse.token(token).word().matches("\\d{4}");
			boolean date = (ner.equals("DATE") || ner.equals("TIME")) && !year;
			boolean beforeDate = parse.token(token).pos().equals("IN") && token + 1 < parse.size()
					&& (parse.token(token + 1).ner().equals("DATE") || parse.token(token + 1).ner().equals("TIME"));
			boolean leading = words.isEmpty()
					&& (parse.token(token).pos().equals("IN") || parse.token(token).pos().equals("TO")
							|| parse.token(token).pos().equals("JJ") && parse.lower(token).equals("due"));
			if (!parse.isPunctuation(token) && !ARTICLES.contains(parse.lower(token)) && !date && !beforeDate
					&& !leading && !parse.token(token).pos().equals("POS")
					&& !Lexicon.PRONOUNS.contains(parse.lower(token))) {
				add(words, parse, tokens, token);
			}
		}
		return finish(words);
	}

	private static String finish(List<String> all) {
		List<String> words = all.size() > MAX_WORDS ? all.subList(0, MAX_WORDS) : all;
		String title = String.join(" ", words).replace(" 's", "'s").replace(" ’s", "’s").replace(" n't", "n't");
		return title.isEmpty() ? title : Character.toUpperCase(title.charAt(0)) + title.substring(1);
	}

	private static List<String> clause(Parse parse, int predicate, Actors actors, int depth) {
		List<String> words = new ArrayList<>();
		Integer subject = parse.subject(predicate);
		if (subject == null) {
			subject = borrowedSubject(parse, predicate);
		}
		boolean plural = false;
		if (subject != null && !parse.token(subject).pos().equals("WDT") && !parse.token(subject).pos().equals("WP")) {
			words
				.addAll(depth == 0 ? subjectPhrase(parse, subject, actors) : nounPhrase(parse, subject, actors, false));
			String pos = parse.token(subject).pos();
			plural = pos.equals("NNS") || pos.equals("NNPS") || parse.child(subject, "conj") != null
					|| Set.of("they", "we", "you", "i").contains(parse.lower(subject));
		}
		words.addAll(verb(parse, predicate, plural, subject != null));
		Integer particle = parse.child(predicate, "compound:prt");
		if (particle == null) {
			// "will step down", with the particle tagged as an adverb
			Integer adverb = parse.child(predicate, "advmod");
			if (adverb != null && adverb == predicate + 1 && PARTICLES.contains(parse.lower(adverb))) {
				particle = adverb;
			}
		}
		if (particle != null) {
			words.add(parse.token(particle).word());
		}
		Integer content = (depth == 0) ? reportedContent(parse, predicate) : null;
		if (content != null) {
			List<String> reported = clause(parse, content, actors, 1);
			if (words.size() + reported.size() > MAX_WORDS && reported.size() >= 3) {
				// "The Office of Civil Defense said search and rescue operations are in
				// full swing": what is reported makes the headline, whole.
				return reported;
			}
			words.addAll(reported);
			return words;
		}
		Integer object = parse.child(predicate, "obj");
		if (object != null) {
			words.addAll(nounPhrase(parse, object, actors, true));
		}
		Integer xcomp = parse.child(predicate, "xcomp");
		if (xcomp != null && parse.isVerb(xcomp) && words.size() < MAX_WORDS - 2) {
			words.add("to");
			words.add(parse.lemma(xcomp));
			Integer xobject = parse.child(xcomp, "obj");
			if (xobject != null) {
				words.addAll(nounPhrase(parse, xobject, actors, false));
			}
		}
		else if (object == null && means(parse, predicate) != null) {
			// "The U.S. responded by terminating all outreach": the means is what
			// happened.
			int gerund = means(parse, predicate);
			words.add("by");
			words.add(parse.token(gerund).word());
			Integer meansObject = parse.child(gerund, "obj");
			if (meansObject != null) {
				words.addAll(nounPhrase(parse, meansObject, actors, false));
			}
		}
		else if (object == null || words.size() < 8) {
			Integer oblique = oblique(parse, predicate);
			if (oblique != null) {
				words.addAll(nounPhrase(parse, oblique, actors, object == null));
			}
		}
		return words;
	}

	/**
	 * What a clause reports, when its verb reports or finds something: the clause after
	 * it ("said relief operations are in full swing", "found that the firm broke the
	 * law"), or the one before it that it comments on ("X was barred from office, a court
	 * ruled").
	 */
	private static @Nullable Integer reportedContent(Parse parse, int predicate) {
		boolean reports = Lexicon.REPORTING_VERBS.contains(parse.lemma(predicate))
				|| FINDING_VERBS.contains(parse.lemma(predicate));
		Integer content = parse.child(predicate, "ccomp");
		if (content != null && (parse.isVerb(content) || parse.child(content, "cop") != null) && (reports
				|| parse.child(content, "mark") != null && parse.lower(parse.child(content, "mark")).equals("that"))) {
			return content;
		}
		if (reports && parse.child(predicate, "obj") == null) {
			for (Dependency dep : parse.parents(predicate)) {
				if ((dep.relation().equals("parataxis") || dep.relation().equals("dep"))
						&& dep.governor() < predicate) {
					// the clause commented on: the nearest verb above, when it has a
					// subject
					Integer verb = dep.governor();
					for (int steps = 0; verb != null && !parse.isVerb(verb) && steps < 4; steps++) {
						verb = parse.parents(verb).isEmpty() ? null : parse.parents(verb).get(0).governor();
					}
					if (verb != null && verb >= 0 && parse.isVerb(verb) && parse.subject(verb) != null) {
						return verb;
					}
				}
			}
			for (Dependency dep : parse.children(predicate)) {
				if (dep.relation().equals("parataxis") && dep.dependent() < predicate
						&& parse.isVerb(dep.dependent())) {
					return dep.dependent();
				}
			}
		}
		return null;
	}

	/**
	 * The subject of the clause a subject-less one hangs from: "He became ... after being
	 * found guilty" makes "He found guilty".
	 */
	private static @Nullable Integer borrowedSubject(Parse parse, int predicate) {
		Dependency up = parse.parent(predicate);
		if (up == null || !(Parse.is(up, "advcl") || Parse.is(up, "xcomp") || Parse.is(up, "conj"))) {
			return null;
		}
		return parse.subject(up.governor());
	}

	/**
	 * The subject of a title: a pronoun gives way to whom it stands for ("He became ..."
	 * titles "Donald Trump becomes ...").
	 */
	private static List<String> subjectPhrase(Parse parse, int subject, Actors actors) {
		String referent = Lexicon.PRONOUNS.contains(parse.lower(subject))
				? actors.referentAt(parse.sentence.index(), subject) : null;
		ActorDraft actor = (referent != null) ? actors.get(referent) : null;
		return (actor != null) ? new ArrayList<>(List.of(actor.name().split(" ")))
				: nounPhrase(parse, subject, actors, false);
	}

	private static @Nullable Integer means(Parse parse, int predicate) {
		for (Dependency dep : parse.children(predicate)) {
			int clause = dep.dependent();
			if (clause < predicate) {
				continue;
			}
			Integer mark = parse.child(clause, "mark");
			if (Parse.is(dep, "advcl") && parse.token(clause).pos().equals("VBG")
					&& (dep.relation().equals("advcl:by") || mark != null && parse.lower(mark).equals("by"))) {
				return clause;
			}
			// The parser sometimes hangs "by" on the verb and the gerund on "by".
			if (parse.lower(clause).equals("by")) {
				for (Dependency below : parse.children(clause)) {
					if (parse.token(below.dependent()).pos().equals("VBG")) {
						return below.dependent();
					}
				}
			}
		}
		return null;
	}

	private static @Nullable Integer oblique(Parse parse, int predicate) {
		for (Dependency dep : parse.children(predicate)) {
			String relation = dep.relation();
			if (relation.startsWith("obl") && !relation.equals("obl:tmod") && !relation.contains("according")
					&& !relation.equals("obl:npmod") && !parse.token(dep.dependent()).ner().equals("DATE")
					&& !parse.token(dep.dependent()).ner().equals("DURATION")
					&& !parse.token(dep.dependent()).ner().equals("TIME")) {
				return dep.dependent();
			}
		}
		return null;
	}

	private static List<String> verb(Parse parse, int predicate, boolean plural, boolean hasSubject) {
		String word = parse.token(predicate).word();
		String pos = parse.token(predicate).pos();
		String lemma = parse.lemma(predicate);
		boolean negated = parse.isNegated(predicate);
		if (!pos.startsWith("VB")) {
			Integer copula = parse.child(predicate, "cop");
			List<String> words = new ArrayList<>();
			if (copula != null) {
				words.add(present(parse.lemma(copula), plural));
			}
			if (negated) {
				words.add("not");
			}
			if (copula == null) {
				words.add(word);
				return words;
			}
			// "are in full swing", "is under way": the predicate with its preposition and
			// modifiers.
			TreeSet<Integer> phrase = new TreeSet<>();
			collect(parse, predicate, phrase, 0);
			for (int token : phrase) {
				if (!parse.isPunctuation(token) && !ARTICLES.contains(parse.lower(token))) {
					add(words, parse, phrase, token);
				}
			}
			return words;
		}
		if (parse.isPassive(predicate)) {
			return negated ? List.of("not", word) : List.of(word);
		}
		if (!hasSubject) {
			return negated ? List.of("not", word) : List.of(word);
		}
		if (negated) {
			return List
				.of(lemma.equals("be") ? present("be", plural) + " not" : (plural ? "do not" : "does not"),
						lemma.equals("be") ? "" : lemma)
				.stream()
				.filter(w -> !w.isEmpty())
				.toList();
		}
		Integer auxiliary = parse.child(predicate, "aux");
		if (pos.equals("VB") && auxiliary != null && parse.lower(auxiliary).equals("will")) {
			return List.of("will", lemma);
		}
		if (pos.equals("VBD") || pos.equals("VBN") || pos.equals("VB") || pos.equals("VBG")) {
			return List.of(present(lemma, plural));
		}
		return List.of(word);
	}

	static String present(String lemma, boolean plural) {
		if (lemma.equals("be")) {
			return plural ? "are" : "is";
		}
		if (plural) {
			return lemma;
		}
		if (lemma.equals("have")) {
			return "has";
		}
		if (lemma.matches(".*(s|sh|ch|x|z|o)")) {
			return lemma + "es";
		}
		if (lemma.matches(".*[^aeiou]y")) {
			return lemma.substring(0, lemma.length() - 1) + "ies";
		}
		return lemma + "s";
	}

	private static List<String> nounPhrase(Parse parse, int head, Actors actors, boolean withModifier) {
		TreeSet<Integer> tokens = new TreeSet<>();
		int sentence = parse.sentence.index();
		String key = actors.keyAt(sentence, head);
		if (key != null) {
			int first = head;
			int last = head;
			while (first > 0 && key.equals(actors.keyAt(sentence, first - 1))) {
				first--;
			}
			while (last + 1 < parse.size() && key.equals(actors.keyAt(sentence, last + 1))) {
				last++;
			}
			for (int token = first; token <= last; token++) {
				tokens.add(token);
			}
			for (Dependency dep : parse.children(head)) {
				if (dep.relation().equals("case") && dep.dependent() < first) {
					tokens.add(dep.dependent());
				}
			}
		}
		else {
			collect(parse, head, tokens, withModifier ? 1 : 0);
		}
		List<String> words = new ArrayList<>();
		for (int token : tokens) {
			String word = parse.token(token).word();
			if (parse.isPunctuation(token) || ARTICLES.contains(word.toLowerCase(Locale.ROOT))
					|| parse.token(token).ner().equals("TITLE") && token != head) {
				continue;
			}
			add(words, parse, tokens, token);
		}
		return words;
	}

	/**
	 * Adds a token's word, joined to the previous word when a hyphen stands between them
	 * ("US-backed", "B-52").
	 */
	private static void add(List<String> words, Parse parse, TreeSet<Integer> tokens, int token) {
		String word = parse.token(token).word();
		if (!words.isEmpty() && isHyphenated(parse, token) && tokens.contains(token - 2)) {
			words.set(words.size() - 1, words.get(words.size() - 1) + "-" + word);
		}
		else {
			words.add(word);
		}
	}

	private static boolean isHyphenated(Parse parse, int token) {
		return token >= 2 && parse.token(token - 1).pos().equals("HYPH");
	}

	private static void collect(Parse parse, int head, TreeSet<Integer> tokens, int modifiers) {
		tokens.add(head);
		int remaining = modifiers;
		for (Dependency dep : parse.children(head)) {
			String relation = dep.relation();
			int child = dep.dependent();
			if (child == head || tokens.contains(child)) {
				continue;
			}
			if (child == head - 2 && isHyphenated(parse, head)) {
				collect(parse, child, tokens, 0);
				continue;
			}
			if (NP_MODIFIERS.contains(relation) || relation.equals("det") && !ARTICLES.contains(parse.lower(child))) {
				if (relation.equals("nmod:poss") && Lexicon.PRONOUNS.contains(parse.lower(child))) {
					continue;
				}
				// "a facility linked to drug transport": a modifier after the noun with
				// words of its own would be cut off mid-phrase.
				if (relation.equals("amod") && child > head && !parse.children(child).isEmpty()) {
					continue;
				}
				collect(parse, child, tokens, 0);
			}
			else if (relation.startsWith("nmod:") && remaining > 0 && child > head) {
				remaining--;
				collect(parse, child, tokens, 0);
			}
		}
	}

}
