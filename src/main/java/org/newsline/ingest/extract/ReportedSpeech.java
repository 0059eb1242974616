package org.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.nlp.Dependency;

/**
 * Statements attributed by a reporting verb: "X said (that) ...", "..., X said", "X told
 * reporters ...", "..., stating that ...", "X confirmed the death", "X has denied any
 * wrongdoing", "X asked for extreme actions", "X dismissed the outbreak as 'not
 * unusual'", "X accused them of ...".
 *
 * <p>
 * The parse finds the attribution (who, by which verb); the statement is then the text on
 * the other side of it, up to the next attribution of the sentence, so that a parse that
 * attaches half of the statement to the verb does not cut it short.
 */
final class ReportedSpeech {

	private static final Set<String> REPORTING = WordList.words("reporting-verbs.txt");

	private static final Set<String> OBJECT_STATEMENTS = WordList.words("statement-object-verbs.txt");

	private static final Set<String> CONTENT_OBJECTS = WordList.words("content-object-verbs.txt");

	/**
	 * Verbs of saying whose words, whatever the parse makes of them, follow the verb: for
	 * other reporting verbs a bare noun object is no statement ("the embassy maintains
	 * staff", "a report showed").
	 */
	private static final Set<String> SAYING = Set.of("say", "tell", "add", "state", "claim", "write", "post", "tweet",
			"argue", "warn", "insist", "explain", "announce", "suggest", "indicate", "report", "declare", "assert",
			"contend", "allege");

	private static final Set<String> DESCRIPTIONS = WordList.words("description-verbs.txt");

	private static final Set<String> DEMANDS = WordList.lines("demand-verbs.txt");

	private static final Set<String> REJECTIONS = WordList.lines("rejection-verbs.txt");

	private static final Set<String> CRITICISMS = WordList.lines("criticism-verbs.txt");

	private static final Set<String> STATEMENT_NOUNS = WordList.words("statement-nouns.txt");

	/**
	 * Objects that deny an accusation rather than a statement: "denied any wrongdoing".
	 */
	private static final Set<String> SELF_DENIALS = Set.of("wrongdoing", "allegation", "accusation", "charge",
			"involvement", "responsibility", "guilt", "role", "link", "knowledge");

	/**
	 * Prepositions of the circumstances of a statement ("said on Tuesday", "in a
	 * statement", "at a news conference", "to reporters"); others ("warned against ...")
	 * introduce what is said.
	 */
	private static final Set<String> FRAMING_PREPOSITIONS = Set.of("tmod", "npmod", "on", "in", "at", "during", "to",
			"after", "before", "via", "through", "within", "outside", "inside", "with", "from", "for");

	/** Reporting verbs whose object is whom they address: "told reporters that ...". */
	private static final Set<String> ADDRESSING = Set.of("tell", "inform", "assure", "remind", "notify", "brief");

	private static final Set<String> CLAUSE_RELATIONS = Set.of("advcl", "xcomp", "conj", "acl", "ccomp", "dep",
			"parataxis");

	private ReportedSpeech() {
	}

	/** An attribution: the verb, the head of the speaker phrase and its first token. */
	record Frame(int verb, int speakerHead, int speakerFirst, String lemma) {
	}

	static List<FoundClaim> find(Parse parse, ClaimContext context) {
		List<Frame> frames = frames(parse);
		List<FoundClaim> found = new ArrayList<>();
		for (Frame frame : frames) {
			FoundClaim claim = claim(parse, frame, frames, context);
			if (claim != null) {
				found.add(claim);
				FoundClaim rejected = rejectedStatement(parse, frame, claim, frames, context);
				if (rejected != null) {
					found.add(rejected);
				}
			}
		}
		return found;
	}

	/**
	 * "The utility denied reports that its power station had been damaged": what the
	 * rejection rejects is a statement of its own, made by the reports it names.
	 */
	private static @Nullable FoundClaim rejectedStatement(Parse parse, Frame frame, FoundClaim rejection,
			List<Frame> frames, ClaimContext context) {
		Integer object = parse.child(frame.verb(), "obj");
		Integer content = clausalContent(parse, frame.verb());
		if (rejection.stance() != ClaimStance.REJECTION || object == null || content == null || content < object
				|| !STATEMENT_NOUNS.contains(parse.lemma(object))) {
			return null;
		}
		TokenRange range = after(parse, frame, content, frames);
		if (range == null || range.first() <= object) {
			return null;
		}
		String label = parse.text(object, object);
		return context.claim(parse, range, Speaker.labelled(label), ClaimStance.STATEMENT, parse.lemma(object), -1);
	}

	/** Whether a verb rejects or denies ("denied", "dismissed", "contested"). */
	static boolean rejects(Parse parse, int verb) {
		return parse.isVerb(verb) && ClaimContext.anyPhrase(REJECTIONS, parse, verb);
	}

	static boolean isReportingVerb(String lemma) {
		return REPORTING.contains(lemma);
	}

	/** Every reporting verb of the sentence that has a speaker. */
	static List<Frame> frames(Parse parse) {
		List<Frame> frames = new ArrayList<>();
		for (int verb = 0; verb < parse.size(); verb++) {
			if (!parse.isVerb(verb) || parse.insideQuote(verb) || parse.isNegated(verb) || parse.hasModal(verb)
					|| underNonCommittal(parse, verb) || !isReporting(parse, verb)
					|| isInfinitiveOrPassive(parse, verb)) {
				continue;
			}
			Integer speaker = speakerHead(parse, verb);
			if (speaker == null) {
				continue;
			}
			int first = parse.stretch(speaker, parse.subtree(speaker, single(verb)))[0];
			frames.add(new Frame(verb, speaker, first, parse.lemma(verb)));
		}
		return frames;
	}

	/**
	 * "a decision to reject the demand", "being found guilty": a plan or something done
	 * to the subject, not a statement the subject makes.
	 */
	private static boolean isInfinitiveOrPassive(Parse parse, int verb) {
		Integer mark = parse.child(verb, "mark");
		if (mark != null && parse.lower(mark).equals("to")) {
			return true;
		}
		boolean perfect = false;
		for (Dependency dep : parse.children(verb)) {
			if (Parse.is(dep, "aux:pass") || Parse.is(dep, "nsubj:pass")) {
				return true;
			}
			perfect |= Parse.is(dep, "aux") && parse.lemma(dep.dependent()).equals("have");
		}
		// "when pressed for details, he declined": a participle on its own is passive.
		return parse.token(verb).pos().equals("VBN") && !perfect;
	}

	private static boolean isReporting(Parse parse, int verb) {
		String lemma = parse.lemma(verb);
		return REPORTING.contains(lemma) || ClaimContext.anyPhrase(DEMANDS, parse, verb)
				|| ClaimContext.anyPhrase(REJECTIONS, parse, verb) || ClaimContext.anyPhrase(CRITICISMS, parse, verb);
	}

	private static @Nullable FoundClaim claim(Parse parse, Frame frame, List<Frame> frames, ClaimContext context) {
		int verb = frame.verb();
		String lemma = frame.lemma();
		ClaimStance stance = stance(parse, verb);
		if (stance == ClaimStance.REJECTION || stance == ClaimStance.DENIAL) {
			// "rejected this claim, stating, “...”": what is stated is the rejection.
			Frame stated = statedBy(parse, frame, frames);
			if (stated != null) {
				FoundClaim statement = claim(parse, stated, frames, context);
				return (statement == null) ? null
						: new FoundClaim(statement.speaker(), statement.sentence(), statement.span(), statement.text(),
								statement.sentenceText(), stance, lemma, frame.speakerFirst(), statement.actorKeys(),
								statement.hedgeCues(), statement.contradicts(), statement.affiliations());
			}
		}
		TokenRange range;
		Integer content = clausalContent(parse, verb);
		boolean finiteBefore = finiteClauseBefore(parse, frame, frames);
		if (stance == ClaimStance.REJECTION && content != null && content > verb && parse.child(verb, "obj") != null
				&& parse.child(verb, "obj") < content) {
			range = wholeClause(parse, frame, frames);
		}
		else if (content != null && content > verb && (!finiteBefore || isFiniteClause(parse, content))) {
			range = after(parse, frame, content, frames);
		}
		else if (DESCRIPTIONS.contains(lemma) && parse.child(verb, "obj") != null || lemma.equals("accuse")) {
			range = fromVerb(parse, frame, frames);
		}
		else if (content != null) {
			range = before(parse, frame, frames);
		}
		else if (quotationAfter(parse, verb) != null) {
			range = quotationAfter(parse, verb);
		}
		else if (stance == ClaimStance.DEMAND) {
			range = demanded(parse, frame, frames);
		}
		else if (parse.child(verb, "obj") != null && stance == ClaimStance.DENIAL) {
			// "Northwind has denied any wrongdoing": the object alone says nothing.
			range = wholeClause(parse, frame, frames);
		}
		else if (parse.child(verb, "obj") != null && CONTENT_OBJECTS.contains(lemma)) {
			range = objectOf(parse, frame, frames);
		}
		else if (parse.child(verb, "obj") != null && isObjectStatement(parse, verb)) {
			range = wholeClause(parse, frame, frames);
		}
		else if (clauseFollows(parse, frame, frames, true)
				|| !finiteBefore && clauseFollows(parse, frame, frames, false)
				|| !finiteBefore && !trailing(parse, frame) && SAYING.contains(lemma) || isAbsolute(parse, frame)) {
			// The parse gives the verb no clause, yet one follows it: the parser went
			// astray ("said his party no longer supports ..." read as an object and a
			// loose clause).
			range = after(parse, frame, verb, frames);
		}
		else {
			range = before(parse, frame, frames);
		}
		if (range == null) {
			return null;
		}
		Speaker speaker = context.speakers.speaker(parse, frame.speakerHead(), verb);
		if (speaker == null) {
			return null;
		}
		context.speakers.spoke(speaker);
		return context.claim(parse, range, speaker, stance, lemma, frame.speakerFirst(), verb)
			.withAffiliations(affiliations(parse, frame, speaker, context));
	}

	/**
	 * The actors named in the speaker's phrase besides the speaker: "Google vice
	 * president of regulatory affairs Lee-Anne Mulholland" speaks for Google.
	 */
	private static Set<String> affiliations(Parse parse, Frame frame, Speaker speaker, ClaimContext context) {
		BitSet phrase = parse.subtree(frame.speakerHead(), single(frame.verb()));
		Set<String> keys = new java.util.HashSet<>();
		for (int token = phrase.nextSetBit(0); token >= 0; token = phrase.nextSetBit(token + 1)) {
			String key = context.actors.keyAt(parse.sentence.index(), token);
			if (key != null && !key.equals(speaker.actorKey()) && !context.actors.isPerson(key)) {
				keys.add(key);
			}
		}
		return keys;
	}

	/**
	 * Whether the attribution trails a clause of its own ("The party is leaving the
	 * government, its leader said on Tuesday, toppling ..."): then that clause is the
	 * statement.
	 */
	private static boolean finiteClauseBefore(Parse parse, Frame frame, List<Frame> frames) {
		TokenRange before = before(parse, frame, frames);
		if (before == null || before.size() < 4) {
			return false;
		}
		for (int token = before.first(); token <= before.last(); token++) {
			if (isFinite(parse, token)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a clause (a verb of its own, finite if asked) follows the attribution in
	 * the sentence.
	 */
	private static boolean clauseFollows(Parse parse, Frame frame, List<Frame> frames, boolean finite) {
		int last = end(parse, frame, frames, parse.size() - 1);
		for (int token = frame.verb() + 1; token <= last; token++) {
			if (!parse.insideQuote(token) && (finite ? isFinite(parse, token)
					: parse.isVerb(token) || parse.token(token).pos().equals("MD"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether nothing but the circumstances of the saying follows the verb ("..., X said
	 * on Tuesday."): the attribution trails what was said.
	 */
	private static boolean trailing(Parse parse, Frame frame) {
		BitSet framing = attribution(parse, frame, frame.verb());
		for (int token = frame.verb() + 1; token < parse.size(); token++) {
			if (!framing.get(token) && !parse.isPunctuation(token)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "..., with unverified reports suggesting up to 60 fatalities": a participle with a
	 * subject of its own says what follows it.
	 */
	private static boolean isAbsolute(Parse parse, Frame frame) {
		return parse.token(frame.verb()).pos().equals("VBG")
				&& Integer.valueOf(frame.speakerHead()).equals(parse.child(frame.verb(), "nsubj"))
				&& frame.speakerHead() < frame.verb();
	}

	/** A clause whose head verb is finite, itself or through its auxiliary or copula. */
	private static boolean isFiniteClause(Parse parse, int head) {
		if (isFinite(parse, head)) {
			return true;
		}
		for (Dependency dep : parse.children(head)) {
			if ((Parse.is(dep, "aux") || Parse.is(dep, "cop")) && isFinite(parse, dep.dependent())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isFinite(Parse parse, int token) {
		String pos = parse.token(token).pos();
		return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
	}

	/**
	 * A reporting participle hanging from a rejection that says what was said: "rejected
	 * this claim, stating, “...”".
	 */
	private static @Nullable Frame statedBy(Parse parse, Frame frame, List<Frame> frames) {
		for (Frame other : frames) {
			Dependency up = parse.parent(other.verb());
			boolean below = up != null && (up.governor() == frame.verb()
					|| Integer.valueOf(up.governor()).equals(parse.child(frame.verb(), "obj")));
			if (other != frame && below && other.verb() > frame.verb() && parse.token(other.verb()).pos().equals("VBG")
					&& REPORTING.contains(other.lemma())) {
				return other;
			}
		}
		return null;
	}

	private static ClaimStance stance(Parse parse, int verb) {
		boolean describes = parse.child(verb, "obl:as") != null || parse.child(verb, "advcl:as") != null
				|| parse.child(verb, "xcomp") != null;
		if (ClaimContext.anyPhrase(REJECTIONS, parse, verb) && !describes) {
			Integer object = parse.child(verb, "obj");
			boolean answersStatement = object != null && STATEMENT_NOUNS.contains(parse.lemma(object))
					&& !SELF_DENIALS.contains(parse.lemma(object))
					|| object != null && Lexicon.PRONOUNS.contains(parse.lower(object));
			return answersStatement ? ClaimStance.REJECTION : ClaimStance.DENIAL;
		}
		if (ClaimContext.anyPhrase(CRITICISMS, parse, verb)) {
			return ClaimStance.CRITICISM;
		}
		if (ClaimContext.anyPhrase(DEMANDS, parse, verb)) {
			return ClaimStance.DEMAND;
		}
		return ClaimStance.STATEMENT;
	}

	private static boolean isObjectStatement(Parse parse, int verb) {
		return OBJECT_STATEMENTS.contains(parse.lemma(verb)) || ClaimContext.anyPhrase(REJECTIONS, parse, verb)
				|| ClaimContext.anyPhrase(CRITICISMS, parse, verb);
	}

	/** The clause a reporting verb reports, if the parse gives it one. */
	private static @Nullable Integer clausalContent(Parse parse, int verb) {
		for (String relation : List.of("ccomp", "parataxis")) {
			for (Integer clause : parse.children(verb, relation)) {
				// "X has denied any wrongdoing, its chief executive said": a trailing
				// attribution is not what the verb reports.
				boolean attribution = relation.equals("parataxis") && REPORTING.contains(parse.lemma(clause))
						&& parse.child(verb, "obj") != null;
				if (!parse.isPunctuation(clause) && !attribution) {
					return clause;
				}
			}
		}
		Integer xcomp = parse.child(verb, "xcomp");
		if (xcomp != null && !REPORTING.contains(parse.lemma(xcomp)) && parse.isVerb(xcomp)) {
			return xcomp;
		}
		Integer object = parse.child(verb, "obj");
		if (object != null && object > verb && parse.insideQuote(object)) {
			return object;
		}
		for (Integer loose : parse.children(verb, "dep")) {
			if (loose > verb && parse.isVerb(loose)) {
				return loose;
			}
		}
		return null;
	}

	/**
	 * The statement after the attribution: from the first word after the verb that is not
	 * part of the attribution ("said on Tuesday that", "told reporters that") to the end
	 * of the sentence or the next attribution that the reported clause does not contain.
	 */
	private static @Nullable TokenRange after(Parse parse, Frame frame, int content, List<Frame> frames) {
		BitSet excluded = parse.subtree(frame.speakerHead());
		excluded.set(frame.verb());
		BitSet clause = (content == frame.verb()) ? new BitSet() : parse.subtree(content, excluded);
		BitSet attribution = attribution(parse, frame, content);
		int first = -1;
		for (int token = frame.verb() + 1; token < parse.size(); token++) {
			if (clause.get(token) || !attribution.get(token) && !parse.isPunctuation(token)) {
				first = token;
				break;
			}
		}
		if (first < 0) {
			return null;
		}
		return TokenRange.trimmed(parse, first, end(parse, frame, frames, parse.size() - 1, clause));
	}

	/**
	 * The words after a reporting verb that belong to the attribution, not the statement:
	 * when, where and how it was said, the addressee of "told".
	 */
	private static BitSet attribution(Parse parse, Frame frame, int content) {
		BitSet attribution = new BitSet();
		for (Dependency dep : parse.children(frame.verb())) {
			int child = dep.dependent();
			if (child == content || child < frame.verb()) {
				continue;
			}
			boolean framing = isFraming(dep) || Parse.is(dep, "advmod") || Parse.is(dep, "iobj")
					|| Parse.is(dep, "compound:prt") || Parse.is(dep, "punct")
					|| Parse.is(dep, "obj") && ADDRESSING.contains(frame.lemma());
			if (framing) {
				attribution.or(parse.subtree(child));
			}
		}
		return attribution;
	}

	/**
	 * The statement before a trailing attribution ("..., X said on Tuesday"): from the
	 * sentence's start, or the end of an earlier attribution, to the speaker phrase.
	 */
	private static @Nullable TokenRange before(Parse parse, Frame frame, List<Frame> frames) {
		int last = Math.min(frame.speakerFirst(), frame.verb()) - 1;
		int first = 0;
		for (Frame other : frames) {
			if (other != frame && other.verb() < frame.speakerFirst()) {
				first = Math.max(first, other.verb() + 1);
			}
		}
		if (last - first < 2) {
			return null;
		}
		boolean clause = false;
		for (int token = first; token <= last; token++) {
			clause |= parse.isVerb(token) || parse.insideQuote(token);
		}
		return clause ? TokenRange.trimmed(parse, first, last) : null;
	}

	/** "X asked for extreme actions, including ...": what is asked for. */
	private static @Nullable TokenRange demanded(Parse parse, Frame frame, List<Frame> frames) {
		int first = -1;
		for (Dependency dep : parse.children(frame.verb())) {
			if (dep.dependent() > frame.verb() && (Parse.is(dep, "obj") || Parse.is(dep, "obl")
					|| Parse.is(dep, "xcomp") || Parse.is(dep, "ccomp"))) {
				int start = parse.subtree(dep.dependent()).nextSetBit(frame.verb() + 1);
				if (start >= 0 && (first < 0 || start < first)) {
					first = start;
				}
			}
		}
		return (first < 0) ? null : TokenRange.trimmed(parse, skipPreposition(parse, first), end(parse, frame, frames));
	}

	/** "dismissed the outbreak as 'not unusual'", "accusing them of ...": the verb on. */
	private static @Nullable TokenRange fromVerb(Parse parse, Frame frame, List<Frame> frames) {
		return TokenRange.trimmed(parse, frame.verb(), end(parse, frame, frames));
	}

	/** "Officials touted a plan for early elections": the object and what follows it. */
	private static @Nullable TokenRange objectOf(Parse parse, Frame frame, List<Frame> frames) {
		Integer object = parse.child(frame.verb(), "obj");
		if (object == null || object < frame.verb() || Lexicon.PRONOUNS.contains(parse.lower(object))) {
			return null;
		}
		return TokenRange.trimmed(parse, parse.subtree(object).nextSetBit(frame.verb() + 1), end(parse, frame, frames));
	}

	/** "Ms. X has denied any wrongdoing", "officials confirmed only one": all of it. */
	private static @Nullable TokenRange wholeClause(Parse parse, Frame frame, List<Frame> frames) {
		int first = Math.min(frame.speakerFirst(), frame.verb());
		return TokenRange.trimmed(parse, first, end(parse, frame, frames));
	}

	private static boolean isFraming(Dependency dep) {
		String relation = dep.relation();
		return relation.equals("obl")
				|| relation.startsWith("obl:") && FRAMING_PREPOSITIONS.contains(relation.substring(4).split("_")[0]);
	}

	/** The end of a verb's clause, before any later attribution it does not contain. */
	private static int end(Parse parse, Frame frame, List<Frame> frames) {
		BitSet clause = parse.subtree(frame.verb());
		return end(parse, frame, frames, clause.length() - 1, clause);
	}

	private static int end(Parse parse, Frame frame, List<Frame> frames, int last) {
		return end(parse, frame, frames, last, parse.subtree(frame.verb()));
	}

	/**
	 * The last token of a statement that would run to {@code last}, cut before any later
	 * attribution of its own ("..., while officials confirmed only one", "..., he added")
	 * that the reported clause does not contain.
	 */
	private static int end(Parse parse, Frame frame, List<Frame> frames, int last, BitSet clause) {
		int end = last;
		for (Frame other : frames) {
			if (other != frame && other.verb() > frame.verb() && standsAlone(parse, other)
					&& (!clause.get(other.verb()) || isAside(parse, other, frame))) {
				end = Math.min(end, clauseStart(parse, other, frame) - 1);
			}
		}
		return Math.max(frame.verb(), end);
	}

	/**
	 * Another party's attribution set beside a statement rather than reported by it:
	 * "reports indicate that X, although a spokesperson rejected this".
	 */
	private static boolean isAside(Parse parse, Frame other, Frame frame) {
		Dependency up = parse.parent(other.verb());
		return up != null && (Parse.is(up, "advcl") || Parse.is(up, "parataxis"))
				&& !parse.subtree(frame.speakerHead()).get(other.speakerHead());
	}

	/**
	 * An attribution that starts a statement of its own: a finite verb, or one with its
	 * own subject; not a participle hanging from the statement ("with reports suggesting
	 * ...").
	 */
	private static boolean standsAlone(Parse parse, Frame other) {
		String pos = parse.token(other.verb()).pos();
		return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || parse.child(other.verb(), "aux") != null;
	}

	/**
	 * Where another attribution's clause starts after this one's verb: its first token
	 * outside this attribution's own clause and outside its own subject, which may lie
	 * inside this statement ("..., while state officials confirmed only one").
	 */
	private static int clauseStart(Parse parse, Frame other, Frame frame) {
		BitSet excluded = parse.subtree(frame.speakerHead());
		excluded.or(parse.subtree(other.speakerHead()));
		if (parse.subtree(other.verb()).get(frame.verb())) {
			excluded.or(parse.subtree(frame.verb()));
		}
		excluded.clear(other.verb());
		BitSet clause = parse.subtree(other.verb(), excluded);
		int start = clause.nextSetBit(frame.verb() + 1);
		if (start < 0 || start > other.verb()) {
			start = other.verb();
		}
		// The other's subject stays with it when it comes right before: ", he added".
		int subject = other.speakerFirst();
		int subjectEnd = parse
			.subtree(other.speakerHead(), parse.subtree(other.verb(), new BitSet()).get(other.speakerHead())
					? single(other.verb()) : single(other.verb()))
			.length() - 1;
		if (subject > frame.verb() && subject < start && subjectEnd + 1 >= start - 1) {
			start = subject;
		}
		return start;
	}

	private static int skipPreposition(Parse parse, int token) {
		return (parse.token(token).pos().equals("IN") || parse.token(token).pos().equals("TO")) ? token + 1 : token;
	}

	/**
	 * The quotation right after a verb ("stating, “...”", "wrote on X: “...”"), without
	 * its marks and closing punctuation.
	 */
	private static @Nullable TokenRange quotationAfter(Parse parse, int verb) {
		int open = verb + 1;
		while (open < parse.size() && !parse.isOpeningQuote(open) && open - verb < 8 && !parse.isVerb(open)) {
			open++;
		}
		if (open >= parse.size() || !parse.isOpeningQuote(open)) {
			return null;
		}
		int close = open + 1;
		while (close < parse.size() && !parse.isClosingQuote(close)) {
			close++;
		}
		return TokenRange.trimmed(parse, open + 1, close - 1);
	}

	/**
	 * The head of the speaker phrase: the verb's active subject, or for a participle or a
	 * verb without a subject of its own ("..., stating that", "seemed to misspeak in
	 * saying"), the subject of the clause it hangs from.
	 */
	static @Nullable Integer speakerHead(Parse parse, int verb) {
		for (Dependency dep : parse.children(verb)) {
			if (dep.relation().startsWith("nsubj:pass")) {
				return null;
			}
		}
		Integer subject = parse.child(verb, "nsubj");
		if (subject != null) {
			return coordinatedReporter(parse, verb, subject);
		}
		if (parse.parent(verb) == null && parse.children(verb).isEmpty() && parse.root() >= 0 && parse.root() < verb) {
			// A participle the parser left unattached ("seemed to misspeak in saying
			// ..."): it speaks for the sentence's subject.
			return parse.child(parse.root(), "nsubj");
		}
		int current = verb;
		Dependency attached = parse.parent(verb);
		if (attached != null && (Parse.is(attached, "discourse") || Parse.is(attached, "dep"))
				&& attached.governor() > verb) {
			// "in saying two people had died": the parser hung the verb from what it
			// reports; the speaker is found above that clause.
			current = attached.governor();
		}
		for (int steps = 0; steps < 4; steps++) {
			Dependency up = parse.parent(current);
			String relation = (up != null) ? up.relation().split(":")[0] : "";
			// From a noun the participle hangs on ("rejected this claim, stating ..."),
			// on up to the verb that has it.
			boolean throughNoun = steps > 0 && parse.token(current).pos().startsWith("NN")
					&& (relation.equals("obj") || relation.equals("obl"));
			if (up == null || !CLAUSE_RELATIONS.contains(relation) && !throughNoun) {
				return null;
			}
			if (up.relation().equals("acl:relcl")) {
				// A participle the parser hung on a relative clause ("the decision that
				// bans her ..., calling it 'abuse'") speaks for the clause above it.
				current = up.governor();
				continue;
			}
			current = up.governor();
			Integer governing = parse.isVerb(current) || parse.child(current, "cop") != null
					? parse.child(current, "nsubj") : null;
			if (governing != null && !parse.insideQuote(current)) {
				return governing;
			}
		}
		return null;
	}

	// "Trump indicated that the US had assaulted X and reiterated that ...": enhanced++
	// hands "reiterated" the subject of "assaulted", yet it also lists it as a complement
	// of "indicated"; a reporting verb sharing a reported clause's subject belongs to the
	// reporter.
	private static int coordinatedReporter(Parse parse, int verb, int subject) {
		Dependency reporter = null;
		Integer sharedWith = null;
		for (Dependency up : parse.parents(verb)) {
			if (Parse.is(up, "ccomp") && REPORTING.contains(parse.lemma(up.governor()))) {
				reporter = up;
			}
			if (Parse.is(up, "conj") && !REPORTING.contains(parse.lemma(up.governor()))
					&& Integer.valueOf(subject).equals(parse.child(up.governor(), "nsubj"))) {
				sharedWith = up.governor();
			}
		}
		if (reporter == null && sharedWith != null) {
			// "stating that officials were watching and pointing out that ...": the
			// second reporting verb belongs with the first, not with the clause it joins.
			for (Dependency up : parse.parents(sharedWith)) {
				if (Parse.is(up, "ccomp") && REPORTING.contains(parse.lemma(up.governor()))) {
					reporter = up;
				}
			}
		}
		if (reporter != null && sharedWith != null) {
			Integer outer = speakerHead(parse, reporter.governor());
			return (outer != null) ? outer : subject;
		}
		return subject;
	}

	/** "refused to confirm", "declined to deny": nothing is asserted. */
	private static boolean underNonCommittal(Parse parse, int verb) {
		int current = verb;
		for (int steps = 0; steps < 3; steps++) {
			Dependency up = parse.parent(current);
			if (up == null) {
				return false;
			}
			if (Lexicon.NON_COMMITTAL_VERBS.contains(parse.lemma(up.governor()))) {
				return true;
			}
			if (!Parse.is(up, "xcomp") && !Parse.is(up, "conj")) {
				return false;
			}
			current = up.governor();
		}
		return false;
	}

	private static BitSet single(int token) {
		BitSet set = new BitSet();
		set.set(token);
		return set;
	}

}
