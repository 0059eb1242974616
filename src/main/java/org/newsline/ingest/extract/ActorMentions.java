package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.actor.AliasKey;
import org.newsline.ingest.nlp.Dependency;
import org.newsline.ingest.nlp.Mention;
import org.newsline.ingest.nlp.WordNet;

/**
 * Finds the mentions of actors in an article: named entities with their boundaries mended
 * (a name cut at "and" rejoined when a bracketed short form follows; a bracketed short
 * form made an alias), proper names that named-entity recognition missed but that end in
 * an institution's head noun ("Covenant Children's Hospital"), and public bodies named by
 * their country or owner ("a French court"). Left out: places tagged as people, products
 * ("its Chrome browser"), platforms a statement was posted on, and a first name standing
 * for nothing else.
 */
final class ActorMentions {

	private static final Set<String> INSTITUTION_HEADS = WordList.words("institution-heads.txt");

	private static final Set<String> PUBLIC_BODIES = WordList.words("public-bodies.txt");

	private static final Set<String> PLACE_NOUNS = WordList.words("place-nouns.txt");

	private static final Set<String> PRODUCT_HEADS = WordList.words("product-heads.txt");

	private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

	private static final Set<String> OWNER_TYPES = Set.of("NATIONALITY", "COUNTRY", "LOCATION", "CITY",
			"STATE_OR_PROVINCE", "ORGANIZATION", "PERSON");

	private static final Set<String> NOT_IN_NAMES = Set.of("PERSON", "DATE", "TIME", "DURATION", "NUMBER", "MONEY",
			"PERCENT", "SET", "TITLE", "NATIONALITY");

	/** Words that join the parts of one name: "Department of the Interior". */
	private static final Set<String> NAME_JOINERS = Set.of("of", "and", "for", "the", "&", "on", "de");

	/** Verbs of publishing: "posted on X" names a platform, not an actor. */
	private static final Set<String> PUBLISHING_VERBS = Set.of("post", "write", "tweet", "say", "share", "publish",
			"announce", "comment", "respond", "reply", "tell", "state", "declare");

	/** Public bodies named in the plural that are still one body: "Russian forces". */
	private static final Set<String> COLLECTIVE_PLURALS = Set.of("force", "forces", "police", "prosecutor",
			"prosecutors");

	/** Generic heads after a short form: "the RN party" is the RN. */
	/**
	 * Heads that name a country's whole government rather than one of its bodies:
	 * "Spain's government" and "the Sánchez government" speak for Spain.
	 */
	static final Set<String> STATE_HEADS = Set.of("government", "regime");

	private static final Set<String> GENERIC_HEADS = Set.of("party", "group", "movement", "alliance", "bloc");

	private ActorMentions() {
	}

	static List<ActorMention> find(List<Parse> parses) {
		Set<String> places = new HashSet<>();
		Set<String> firstNames = new HashSet<>();
		for (Parse parse : parses) {
			for (Mention mention : parse.sentence.mentions()) {
				if (PLACE_TYPES.contains(mention.nerType())) {
					places.add(AliasKey.of(mention.text()).value());
				}
				if (mention.nerType().equals("PERSON") && mention.tokenEnd() - mention.tokenBegin() > 1) {
					firstNames.add(parse.lower(mention.tokenBegin()));
				}
			}
		}
		Map<String, String> leaders = leaders(parses);
		List<ActorMention> found = new ArrayList<>();
		for (Parse parse : parses) {
			boolean headline = readsAsHeadline(parse);
			BitSet taken = new BitSet();
			for (Mention mention : parse.sentence.mentions()) {
				ActorMention candidate = named(parse, mention, places, firstNames);
				if (candidate != null) {
					found.add(candidate);
					taken.set(candidate.begin(), candidate.end());
					ActorMention shortForm = bracketedShortForm(parse, candidate);
					if (shortForm != null) {
						found.add(shortForm);
						taken.set(shortForm.begin(), shortForm.end());
					}
				}
			}
			if (!headline) {
				for (ActorMention name : unnamedInstitutions(parse, taken)) {
					found.add(name);
					taken.set(name.begin(), name.end());
					ActorMention shortForm = bracketedShortForm(parse, name);
					if (shortForm != null) {
						found.add(shortForm);
						taken.set(shortForm.begin(), shortForm.end());
					}
				}
				found.addAll(publicBodies(parse, taken, leaders));
			}
		}
		found.addAll(repeatedNames(parses, found));
		return found;
	}

	/**
	 * The same name where named-entity recognition missed it once ("Alphabet shares
	 * jumped" beside "Alphabet" tagged elsewhere): the exact capitalised words of a name
	 * already found count as another mention of it.
	 */
	private static List<ActorMention> repeatedNames(List<Parse> parses, List<ActorMention> found) {
		Map<String, ActorMention> names = new HashMap<>();
		for (ActorMention mention : found) {
			if (mention.text().length() >= 3 && mention.shortFormOf() == null) {
				names.putIfAbsent(mention.text(), mention);
			}
		}
		List<ActorMention> added = new ArrayList<>();
		for (Parse parse : parses) {
			BitSet taken = new BitSet();
			for (ActorMention mention : found) {
				if (mention.sentence() == parse.sentence.index()) {
					taken.set(mention.begin(), mention.end());
				}
			}
			for (int begin = 0; begin < parse.size(); begin++) {
				if (taken.get(begin) || !isCapitalised(parse, begin) || readsAsHeadline(parse)) {
					continue;
				}
				for (int end = Math.min(parse.size(), begin + 6); end > begin; end--) {
					ActorMention known = names.get(parse.text(begin, end - 1));
					int next = taken.nextSetBit(begin);
					if (known != null && (next < 0 || next >= end)
							&& (end == parse.size() || !isCapitalised(parse, end))) {
						added.add(new ActorMention(parse.sentence.index(), begin, end, known.text(), known.kind(),
								parse.span(begin, end - 1), known.countryName(), null, null, null));
						taken.set(begin, end);
						break;
					}
				}
			}
		}
		return added;
	}

	/** A named-entity mention as an actor, or null when it is none. */
	private static @Nullable ActorMention named(Parse parse, Mention mention, Set<String> places,
			Set<String> firstNames) {
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
		String type = mention.nerType();
		if (type.equals("ORGANIZATION") || type.equals("MISC")) {
			end = joinedAtAnd(parse, begin, end);
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
		switch (type) {
			case "PERSON" -> {
				if (isPlace(parse, begin, end, folded, places) || namesSomethingElse(parse, end)) {
					return null;
				}
				kind = ActorKind.PERSON;
			}
			case "COUNTRY" -> {
				// "America" in "Latin America", "Korea" in "South Korea" mis-split by
				// NER.
				if (begin > 0 && parse.token(begin - 1).ner().equals("MISC")) {
					return null;
				}
				kind = ActorKind.COUNTRY;
			}
			case "ORGANIZATION" -> {
				if (isProduct(parse, begin, end - 1) || isPlatform(parse, end - 1) || onlyAPlace(text)
						|| end - begin == 1 && firstNames.contains(parse.lower(begin))) {
					return null;
				}
				int generic = end - 1;
				if (end - begin == 2 && GENERIC_HEADS.contains(parse.lemma(generic))
						&& isAcronym(parse.text(begin, begin))) {
					end = generic;
					text = parse.text(begin, begin);
				}
				kind = countryName != null ? ActorKind.COUNTRY
						: isGroup(parse, begin, end) ? ActorKind.GROUP : ActorKind.ORGANIZATION;
			}
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
		return new ActorMention(parse.sentence.index(), begin, end, text, kind, parse.span(begin, end - 1),
				kind == ActorKind.COUNTRY ? (countryName != null ? countryName : text) : null, title(parse, begin),
				apposition(parse, begin, end), null);
	}

	/**
	 * Named-entity recognition often stops a name at "and": "Department of Public Works"
	 * for "Department of Public Works and Highways (DPWH)". When capitalised words follow
	 * the "and" up to a bracketed short form, they belong to the name.
	 */
	private static int joinedAtAnd(Parse parse, int begin, int end) {
		if (end + 1 >= parse.size() || !parse.lower(end).equals("and") || !isCapitalised(parse, end + 1)) {
			return end;
		}
		int last = end + 1;
		while (last + 1 < parse.size()
				&& (isCapitalised(parse, last + 1) || NAME_JOINERS.contains(parse.lower(last + 1))
						&& last + 2 < parse.size() && isCapitalised(parse, last + 2))) {
			last++;
		}
		boolean bracketFollows = last + 3 < parse.size() && parse.token(last + 1).word().equals("(")
				&& parse.token(last + 3).word().equals(")");
		return bracketFollows ? last + 1 : end;
	}

	/** "Office of Civil Defense (OCD)": the bracketed short form is an alias. */
	private static @Nullable ActorMention bracketedShortForm(Parse parse, ActorMention full) {
		int open = full.end();
		if (open + 2 >= parse.size() || !parse.token(open).word().equals("(")
				|| !parse.token(open + 2).word().equals(")")) {
			return null;
		}
		int token = open + 1;
		String word = parse.token(token).word();
		if (word.length() < 2 || word.length() > 12 || !Character.isUpperCase(word.charAt(0))
				|| !word.chars().allMatch(Character::isLetter)) {
			return null;
		}
		return new ActorMention(full.sentence(), token, token + 1, word, full.kind(), parse.span(token, token), null,
				null, null, full);
	}

	/**
	 * Proper names that named-entity recognition left out or tagged as something else,
	 * ending in an institution's head noun: "Covenant Children's Hospital", "National
	 * Disaster Risk Reduction and Management Council".
	 */
	private static List<ActorMention> unnamedInstitutions(Parse parse, BitSet taken) {
		List<ActorMention> found = new ArrayList<>();
		int token = 0;
		while (token < parse.size()) {
			if (!isCapitalised(parse, token) || taken.get(token) || NOT_IN_NAMES.contains(parse.token(token).ner())
					|| token == 0 && parse.lemma(token).equals("the")) {
				token++;
				continue;
			}
			int first = token;
			int last = token;
			int next = token + 1;
			while (next < parse.size() && !taken.get(next) && !NOT_IN_NAMES.contains(parse.token(next).ner())) {
				if (isCapitalised(parse, next)) {
					last = next;
					next++;
				}
				else if ((NAME_JOINERS.contains(parse.lower(next)) || parse.token(next).pos().equals("POS"))
						&& next + 1 < parse.size()
						&& (isCapitalised(parse, next + 1) || parse.lower(next + 1).equals("the")
								&& next + 2 < parse.size() && isCapitalised(parse, next + 2))) {
					next++;
				}
				else {
					break;
				}
			}
			if (last > first && INSTITUTION_HEADS.contains(parse.lemma(last)) && !parse.token(first).pos().equals("DT")
					&& !namesAPlace(parse.text(first, last))) {
				found.add(new ActorMention(parse.sentence.index(), first, last + 1, parse.text(first, last),
						ActorKind.ORGANIZATION, parse.span(first, last), null, null, apposition(parse, first, last + 1),
						null));
			}
			token = Math.max(next, token + 1);
		}
		return found;
	}

	/**
	 * Public bodies a text names by their country, demonym or owner rather than by a
	 * proper name: "a French court", "Spain's interior ministry", "the Trump
	 * administration".
	 */
	private static List<ActorMention> publicBodies(Parse parse, BitSet taken, Map<String, String> leaders) {
		List<ActorMention> found = new ArrayList<>();
		for (int head = 1; head < parse.size(); head++) {
			if (taken.get(head) || isCapitalised(parse, head) || !PUBLIC_BODIES.contains(parse.lemma(head))
					|| !parse.token(head).pos().equals("NN") && !COLLECTIVE_PLURALS.contains(parse.lemma(head))) {
				continue;
			}
			Dependency attachment = parse.parent(head);
			if (attachment != null && Parse.is(attachment, "compound")) {
				continue;
			}
			int first = head;
			boolean owned = false;
			while (first > 0) {
				int candidate = first - 1;
				String pos = parse.token(candidate).pos();
				if (pos.equals("DT") || pos.equals("IN") || pos.equals("TO") || pos.equals("CC")
						|| parse.isPunctuation(candidate) && !pos.equals("POS")
						|| parse.distanceUp(candidate, head, 4) < 0
						|| taken.get(candidate) && !OWNER_TYPES.contains(parse.token(candidate).ner())) {
					break;
				}
				first = candidate;
				String ner = parse.token(candidate).ner();
				owned |= (isCapitalised(parse, candidate) && !ner.equals("TITLE") || OWNER_TYPES.contains(ner))
						&& !(ner.equals("PERSON") && personsPossessive(parse, candidate, head));
			}
			if (!owned || first == head) {
				continue;
			}
			String country = STATE_HEADS.contains(parse.lemma(head)) ? ownerCountry(parse, first, head, leaders) : null;
			found.add(new ActorMention(parse.sentence.index(), first, head + 1, parse.text(first, head),
					(country != null) ? ActorKind.COUNTRY : ActorKind.ORGANIZATION, parse.span(first, head), country,
					null, null, null));
		}
		return found;
	}

	/**
	 * The country whose government an owner names: a country ("Venezuela's government"),
	 * a demonym ("the Dutch government") or a leader the text gives a country's title
	 * ("the Maduro regime" where "Venezuelan President Nicolás Maduro" was written).
	 */
	private static @Nullable String ownerCountry(Parse parse, int first, int head, Map<String, String> leaders) {
		for (int token = first; token < head; token++) {
			String country = switch (parse.token(token).ner()) {
				case "COUNTRY" -> countryName(parse, token);
				case "NATIONALITY" -> WordNet.pertainsTo(parse.token(token).word()).stream().findFirst().orElse(null);
				case "PERSON" -> leaders.get(parse.lower(token));
				default -> null;
			};
			if (country != null) {
				return country;
			}
		}
		return null;
	}

	/**
	 * The surnames of people the text titles as a country's leader or official
	 * ("Venezuelan President Nicolás Maduro", "Spain's Prime Minister Pedro Sánchez"),
	 * with the country.
	 */
	private static Map<String, String> leaders(List<Parse> parses) {
		Map<String, String> leaders = new HashMap<>();
		for (Parse parse : parses) {
			for (Mention mention : parse.sentence.mentions()) {
				int begin = mention.tokenBegin();
				if (!mention.nerType().equals("PERSON")) {
					continue;
				}
				int before = begin - 1;
				while (before >= 0 && parse.token(before).ner().equals("TITLE")) {
					before--;
				}
				if (before == begin - 1 || before < 0) {
					continue;
				}
				if (parse.token(before).pos().equals("POS") && before > 0) {
					before--;
				}
				String country = switch (parse.token(before).ner()) {
					case "COUNTRY" -> countryName(parse, before);
					case "NATIONALITY" ->
						WordNet.pertainsTo(parse.token(before).word()).stream().findFirst().orElse(null);
					default -> null;
				};
				if (country != null) {
					leaders.putIfAbsent(parse.lower(mention.tokenEnd() - 1), country);
				}
			}
		}
		return leaders;
	}

	/** The country a COUNTRY-tagged token belongs to, by the whole tagged name. */
	private static String countryName(Parse parse, int token) {
		int begin = token;
		int end = token + 1;
		while (begin > 0 && parse.token(begin - 1).ner().equals("COUNTRY")) {
			begin--;
		}
		while (end < parse.size() && parse.token(end).ner().equals("COUNTRY")) {
			end++;
		}
		String text = parse.text(begin, end - 1);
		return Lexicon.COUNTRY_NAMES.getOrDefault(AliasKey.of(text).value(), text);
	}

	/**
	 * A person's name that opens a longer name ("the Reagan National Defense Forum", "the
	 * Nobel Peace Prize"): the capitalised words that follow name an organization or a
	 * thing, and the person is not in the story.
	 */
	private static boolean namesSomethingElse(Parse parse, int end) {
		return end < parse.size() && isCapitalised(parse, end) && parse.token(end).pos().startsWith("NNP")
				&& Set.of("O", "ORGANIZATION", "MISC").contains(parse.token(end).ner());
	}

	/**
	 * A name WordNet knows only as a place, or such a place with adjectives before it
	 * ("the Southern Caribbean").
	 */
	private static boolean onlyAPlace(String name) {
		String[] words = name.split("\\s+");
		for (int i = 0; i < words.length - 1; i++) {
			if (!WordNet.isAdjective(words[i])) {
				return isOnlyAPlace(name);
			}
		}
		return isOnlyAPlace(words[words.length - 1]);
	}

	private static boolean isOnlyAPlace(String noun) {
		Set<WordNet.Kind> kinds = WordNet.kindsOf(noun);
		return !kinds.isEmpty() && kinds.stream().allMatch((kind) -> kind == WordNet.Kind.LOCATION);
	}

	/**
	 * A capitalised phrase WordNet knows only as a place or a made thing ("Oval Office"),
	 * not as an organization.
	 */
	private static boolean namesAPlace(String phrase) {
		Set<WordNet.Kind> kinds = WordNet.kindsOf(phrase);
		return !kinds.isEmpty() && !kinds.contains(WordNet.Kind.ORGANIZATION);
	}

	/** "Donald Trump's cabinet": a person's name in the possessive before the head. */
	private static boolean personsPossessive(Parse parse, int from, int head) {
		for (int token = from + 1; token < head; token++) {
			if (parse.token(token).pos().equals("POS") && parse.token(token - 1).ner().equals("PERSON")) {
				return true;
			}
		}
		return isPossessive(parse, from);
	}

	private static boolean isPossessive(Parse parse, int token) {
		for (Dependency down : parse.children(token)) {
			if (Parse.is(down, "case") && parse.token(down.dependent()).pos().equals("POS")) {
				return true;
			}
		}
		Dependency up = parse.parent(token);
		return up != null && Parse.is(up, "nmod:poss");
	}

	/**
	 * A name tagged as a person that is a place: it ends or starts with a place noun
	 * ("Yolanda Village", "Barangay Polambato"), or the same words are tagged as a place
	 * elsewhere in the article ("Bogo" beside "Bogo City").
	 */
	private static boolean isPlace(Parse parse, int begin, int end, String folded, Set<String> places) {
		if (PLACE_NOUNS.contains(parse.lemma(end - 1)) || PLACE_NOUNS.contains(parse.lemma(begin))) {
			return true;
		}
		return places.contains(folded);
	}

	/**
	 * An organisation's name used for one of its products: "its Chrome browser",
	 * "browsers like Firefox", "its search engine, Google Chrome".
	 */
	private static boolean isProduct(Parse parse, int begin, int head) {
		// "its search engine, Google Chrome", however the parser attaches it.
		if (begin >= 2 && parse.lower(begin - 1).equals(",") && PRODUCT_HEADS.contains(parse.lemma(begin - 2))) {
			return true;
		}
		for (Dependency up : parse.parents(head)) {
			if (up.governor() < 0 || !parse.token(up.governor()).pos().startsWith("NN")) {
				continue;
			}
			String noun = parse.lemma(up.governor());
			if (Parse.is(up, "compound") && PRODUCT_HEADS.contains(noun)) {
				return true;
			}
			if ((Parse.is(up, "appos") || up.relation().equals("nmod:like") || up.relation().equals("nmod:such_as"))
					&& isMadeThing(noun)) {
				return true;
			}
		}
		for (Dependency down : parse.children(head)) {
			if (Parse.is(down, "appos") && parse.token(down.dependent()).pos().startsWith("NN")
					&& parse.token(down.dependent()).ner().equals("O") && isMadeThing(parse.lemma(down.dependent()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMadeThing(String noun) {
		if (PRODUCT_HEADS.contains(noun)) {
			return true;
		}
		Set<WordNet.Kind> kinds = WordNet.kindsOf(noun);
		return kinds.contains(WordNet.Kind.ARTIFACT) && !kinds.contains(WordNet.Kind.ORGANIZATION);
	}

	/**
	 * A platform something was published on: "wrote on X, formerly Twitter", "posted on
	 * Facebook".
	 */
	private static boolean isPlatform(Parse parse, int head) {
		int current = head;
		for (int steps = 0; steps < 3; steps++) {
			Dependency up = parse.parent(current);
			if (up == null) {
				return false;
			}
			if (up.relation().equals("obl:on") && PUBLISHING_VERBS.contains(parse.lemma(up.governor()))) {
				return true;
			}
			if (!Parse.is(up, "appos") && !Parse.is(up, "dep") && !Parse.is(up, "conj")) {
				return false;
			}
			current = up.governor();
		}
		return false;
	}

	private static boolean readsAsHeadline(Parse parse) {
		int words = 0;
		int capitalised = 0;
		for (int token = 1; token < parse.size(); token++) {
			if (Character.isLetter(parse.token(token).word().charAt(0)) && parse.token(token).word().length() > 3) {
				words++;
				if (isCapitalised(parse, token)) {
					capitalised++;
				}
			}
		}
		return words >= 4 && capitalised * 10 > words * 6;
	}

	static boolean isCapitalised(Parse parse, int token) {
		String word = parse.token(token).word();
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLetter)
				&& !parse.isPunctuation(token);
	}

	static boolean isAcronym(String surface) {
		String letters = surface.replace(".", "");
		return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
	}

	static boolean isGroup(Parse parse, int begin, int end) {
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

}
