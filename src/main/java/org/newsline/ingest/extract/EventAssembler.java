package org.newsline.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.AliasKey;
import org.newsline.event.DatePrecision;
import org.newsline.ingest.nlp.Dependency;
import org.newsline.ingest.nlp.Timex;
import org.newsline.shared.TextSpan;

/**
 * Drafts one event per sentence that reports a dated occurrence, and folds repeated
 * reports of the same occurrence within the article into one event.
 */
final class EventAssembler {

	/**
	 * How many days before publication an undated present-perfect lead ("X has done Y")
	 * may lie.
	 */
	static final int RECENT_LEAD_DAYS = 7;

	// Only prepositions that set the noun's time apart from the clause's: "during" and
	// "amid" make the noun's date the clause's own ("met during a meeting on Thursday").
	private static final Set<String> TEMPORAL_PREPOSITIONS = Set.of("following", "after", "before", "since", "until");

	private static final Pattern PERIOD = Pattern.compile("P(\\d+)([DWMY])");

	private static final Set<String> FUTURE_MARKERS = Set.of("next", "coming", "within", "in");

	private static final Set<String> CLAUSES = Set.of("parataxis", "ccomp", "dep", "appos", "conj");

	private EventAssembler() {
	}

	record Assembled(List<EventDraft> events, Map<Integer, Integer> eventBySentence) {
	}

	record Dated(DateDraft date, int timexHead) {
	}

	/**
	 * Assembles events; paragraphs holds each sentence's paragraph number, which recap
	 * lists need.
	 */
	static Assembled assemble(List<Parse> parses, List<Integer> paragraphs, Actors actors, @Nullable LocalDate anchor,
			List<String> notes) {
		List<EventDraft> events = new ArrayList<>();
		List<Occurrence> occurrences = new ArrayList<>();
		Map<Integer, Integer> eventBySentence = new HashMap<>();
		Map<Integer, Integer> paragraphSizes = new HashMap<>();
		paragraphs.forEach((paragraph) -> paragraphSizes.merge(paragraph, 1, Integer::sum));
		DateDraft recap = null;
		int bodySentence = 0;
		for (int index = 0; index < parses.size(); index++) {
			Parse parse = parses.get(index);
			int paragraph = paragraphs.get(index);
			boolean listItem = index > 0 && paragraphs.get(index - 1) != paragraph
					&& paragraphSizes.get(paragraph) == 1;
			if (!listItem && (index == 0 || paragraphs.get(index - 1) != paragraph)) {
				recap = null;
			}
			DateDraft window = listItem ? recap : null;
			if (parse.sentenceText().strip().endsWith(":")) {
				recap = recapWindow(parses, paragraphs, index, anchor);
			}
			int predicate = predicate(parse);
			if (predicate >= 0) {
				bodySentence++;
			}
			int mainUnit = -1;
			DateDraft mainDate = null;
			// The predicate, the clause it reports, and a light verb it looks past ("This
			// month saw ...: X did Y") keep their own dates.
			Set<Integer> own = new HashSet<>();
			if (predicate >= 0) {
				own.add(predicate);
				own.add(reportedOccurrence(parse, predicate));
				own.add(parse.root());
			}
			Set<Timex> claimed = new HashSet<>();
			for (ClauseEvents.Found extra : ClauseEvents.dated(parse, own, anchor)) {
				claimed.add(extra.timex());
			}
			Candidate main = (predicate >= 0)
					? mainEvent(parse, predicate, bodySentence, window, anchor, notes, claimed) : null;
			if (main != null) {
				mainUnit = main.unit();
				mainDate = main.date();
			}
			List<ClauseEvents.Found> extras = new ArrayList<>(ClauseEvents.find(parse, mainUnit, mainDate, anchor));
			extras.removeIf((extra) -> extra.unit() == predicate);
			if (main != null) {
				String title = main.nominal() ? Titles.nominal(parse, main.unit(), actors)
						: Titles.title(parse, main.unit(), actors);
				BitSet others = new BitSet();
				extras.forEach((extra) -> others.or(parse.subtree(extra.unit())));
				add(parse, title, summary(parse, others), main.date(), participants(parse, main.predicate(), actors),
						events, occurrences, eventBySentence, actors, notes);
			}
			for (ClauseEvents.Found extra : extras) {
				String title = extra.noun() ? Titles.nominal(parse, extra.unit(), actors)
						: Titles.title(parse, extra.unit(), actors);
				BitSet scope = ClauseEvents.scope(parse, extra.unit());
				List<Participant> participants = participants(parse, extra.unit(), actors, scope);
				BitSet outside = new BitSet();
				outside.set(0, parse.size());
				outside.andNot(scope);
				add(parse, title, summary(parse, outside), extra.date(), participants, events, occurrences,
						eventBySentence, actors, notes);
			}
		}
		return new Assembled(events, eventBySentence);
	}

	/**
	 * The main occurrence of a sentence: the unit that carries the date (the predicate,
	 * the reported clause, or a noun an earlier-marking preposition introduces), the
	 * predicate whose arguments take part, and the date; null when the sentence reports
	 * nothing dated.
	 */
	private record Candidate(int unit, int predicate, boolean nominal, DateDraft date) {
	}

	private static @Nullable Candidate mainEvent(Parse parse, int found, int bodySentence, @Nullable DateDraft window,
			@Nullable LocalDate anchor, List<String> notes, Set<Timex> claimed) {
		int predicate = reportedOccurrence(parse, found);
		if (bodySentence <= 2 && anchor != null && !isPresentPerfect(parse, predicate)
				&& date(parse, predicate, anchor, new ArrayList<>(), claimed) == null) {
			predicate = perfectClause(parse, predicate);
		}
		if (parse.insideQuote(predicate) || parse.hasModal(predicate)) {
			return null;
		}
		Dated dated = date(parse, predicate, anchor, notes, claimed);
		DateDraft date = dated != null ? dated.date() : null;
		if (date == null && bodySentence <= 2 && anchor != null && isPresentPerfect(parse, predicate)) {
			// A lead in the present perfect ("X has carried out Y") reports something
			// that happened shortly before publication; the day is unknown, so keep a
			// range.
			date = new DateDraft(anchor.minusDays(RECENT_LEAD_DAYS), anchor, DatePrecision.RANGE, true,
					perfectPhrase(parse, predicate), anchor);
		}
		if (date == null && window != null && isPast(parse, predicate)) {
			date = window;
		}
		if (date == null) {
			return null;
		}
		Integer earlier = dated != null ? earlierOccurrence(parse, dated.timexHead(), predicate) : null;
		if (earlier != null) {
			return new Candidate(earlier, predicate, true, date);
		}
		Integer reported = undatedReport(parse, predicate);
		if (reported != null) {
			// "An unvaccinated child has died, authorities said on Feb. 26": what was
			// reported happened by the day it was reported.
			return new Candidate(reported, reported, false,
					new DateDraft(date.start(), date.end(), date.precision(), true, date.phrase(), date.anchor()));
		}
		return new Candidate(predicate, predicate, false, date);
	}

	/**
	 * The clause a dated statement reports, when that clause has no date of its own and
	 * tells of something that happened.
	 */
	private static @Nullable Integer undatedReport(Parse parse, int predicate) {
		if (!Lexicon.REPORTING_VERBS.contains(parse.lemma(predicate))) {
			return null;
		}
		Integer content = null;
		for (Dependency dep : parse.children(predicate)) {
			if ((Parse.is(dep, "ccomp") || Parse.is(dep, "advcl") && dep.dependent() < predicate)
					&& parse.isVerb(dep.dependent())) {
				content = dep.dependent();
				break;
			}
		}
		if (content == null || parse.subject(content) == null || !ClauseEvents.isOccurrence(parse, content)
				|| !isPast(parse, content) || isPastPerfect(parse, content) || parse.insideQuote(content)) {
			return null;
		}
		BitSet clause = parse.subtree(content);
		for (Timex timex : parse.sentence.timexes()) {
			if (clause.get(timex.tokenBegin())) {
				return null;
			}
		}
		return content;
	}

	/**
	 * Adds an event, or folds it into the same occurrence reported earlier in the
	 * article.
	 */
	private static void add(Parse parse, String title, String summary, DateDraft date, List<Participant> participants,
			List<EventDraft> events, List<Occurrence> occurrences, Map<Integer, Integer> eventBySentence, Actors actors,
			List<String> notes) {
		String sentence = parse.sentenceText();
		Occurrence occurrence = new Occurrence(title, summary, date.start(), date.end(), date.precision(),
				actorKeys(participants, actors));
		for (int i = 0; i < events.size(); i++) {
			if (events.get(i).span().equals(parse.sentence.span())) {
				continue;
			}
			if (events.get(i).date().equals(date) && OccurrenceMatcher.sameOccurrence(occurrences.get(i), occurrence)) {
				EventDraft first = events.get(i);
				List<TextSpan> others = new ArrayList<>(first.otherSpans());
				if (!first.span().equals(parse.sentence.span()) && !others.contains(parse.sentence.span())) {
					others.add(parse.sentence.span());
				}
				events.set(i, new EventDraft(first.title(), first.summary(), first.date(),
						mergeParticipants(first.participants(), participants), first.span(), first.sentence(), others));
				eventBySentence.putIfAbsent(parse.sentence.index(), i);
				notes.add("Sentence " + parse.sentence.index() + " repeats event " + i + " (" + first.title() + ")");
				return;
			}
		}
		eventBySentence.putIfAbsent(parse.sentence.index(), events.size());
		events.add(new EventDraft(title, summary, date, participants, parse.sentence.span(), sentence, List.of()));
		occurrences.add(occurrence);
	}

	/**
	 * What a sentence says of one of its occurrences: its words without the clauses that
	 * report its other occurrences ("Alphabet's stock price shot up 8% late Tuesday",
	 * without "after a federal judge ruled that ...").
	 */
	private static String summary(Parse parse, BitSet left) {
		if (left.isEmpty()) {
			return parse.sentenceText();
		}
		StringBuilder summary = new StringBuilder();
		int previous = -1;
		for (int token = 0; token < parse.size(); token++) {
			if (left.get(token)) {
				continue;
			}
			if (previous >= 0 && previous != token - 1) {
				summary.append(' ');
			}
			else if (previous >= 0) {
				summary.append(
						parse.text.substring(parse.token(previous).span().end(), parse.token(token).span().start()));
			}
			summary.append(parse.token(token).word());
			previous = token;
		}
		String text = summary.toString()
			.strip()
			.replaceAll("\\s+([,.;:])", "$1")
			.replaceAll("[,;:]+([.!?])", "$1")
			.replaceAll("^[,;:\\s]+", "")
			.replaceAll("[,;:]+$", "");
		return text.isEmpty() ? parse.sentenceText() : text;
	}

	/**
	 * The main predicate, looking past a light verb whose subject is the date ("This
	 * month saw ...: X did Y").
	 */
	static int predicate(Parse parse) {
		int root = parse.root();
		if (root < 0) {
			return -1;
		}
		Integer subject = parse.subject(root);
		if (subject != null && isDate(parse, subject)) {
			ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(root));
			BitSet seen = new BitSet();
			while (!todo.isEmpty()) {
				int current = todo.poll();
				if (seen.get(current)) {
					continue;
				}
				seen.set(current);
				for (Dependency dep : parse.children(current)) {
					int clause = dep.dependent();
					if (CLAUSES.contains(dep.relation().split(":")[0]) && parse.isVerb(clause)
							&& parse.subject(clause) != null) {
						return clause;
					}
					todo.add(clause);
				}
			}
		}
		if (!parse.isVerb(root) && parse.child(root, "cop") == null && subject == null) {
			return -1;
		}
		return root;
	}

	/**
	 * "After nearly two weeks of hostilities ... The sequence has been dramatic:"
	 * followed by one-sentence paragraphs: a recap list, whose undated past items lie in
	 * the window the introducing paragraph names, up to publication.
	 */
	private static @Nullable DateDraft recapWindow(List<Parse> parses, List<Integer> paragraphs, int colon,
			@Nullable LocalDate anchor) {
		if (anchor == null) {
			return null;
		}
		for (int index = colon; index >= 0 && paragraphs.get(index).equals(paragraphs.get(colon)); index--) {
			Parse parse = parses.get(index);
			for (Timex timex : parse.sentence.timexes()) {
				Matcher period = PERIOD.matcher(String.valueOf(timex.value()));
				String before = timex.tokenBegin() > 0 ? parse.lower(timex.tokenBegin() - 1) : "";
				if (!"DURATION".equals(timex.type()) || !period.matches() || FUTURE_MARKERS.contains(before)
						|| timex.text().toLowerCase(Locale.ROOT).matches(".*\\b(next|coming)\\b.*")) {
					continue;
				}
				int amount = Integer.parseInt(period.group(1));
				LocalDate start = switch (period.group(2)) {
					case "D" -> anchor.minusDays(amount);
					case "W" -> anchor.minusWeeks(amount);
					case "M" -> anchor.minusMonths(amount);
					default -> anchor.minusYears(amount);
				};
				return new DateDraft(start, anchor, DatePrecision.RANGE, true, timex.text(), anchor);
			}
		}
		return null;
	}

	private static boolean isPast(Parse parse, int predicate) {
		String pos = parse.token(predicate).pos();
		if (pos.equals("VBD")) {
			return true;
		}
		if (!pos.equals("VBN")) {
			return false;
		}
		for (Integer aux : parse.children(predicate, "aux")) {
			if (parse.token(aux).pos().equals("VBD") || parse.lemma(aux).equals("have")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * In a lead whose main clause is undated ("The standoff appears poised for
	 * escalation, as Washington has begun briefing allies"), the first present-perfect
	 * clause with a subject of its own is the occurrence; relative clauses do not count.
	 */
	private static int perfectClause(Parse parse, int predicate) {
		for (int token = 0; token < parse.size(); token++) {
			Integer subject = parse.child(token, "nsubj");
			Dependency up = parse.parent(token);
			if (token != predicate && subject != null && isPresentPerfect(parse, token) && !parse.insideQuote(token)
					&& !parse.token(subject).pos().startsWith("W") && (up == null || !Parse.is(up, "acl"))) {
				return token;
			}
		}
		return predicate;
	}

	/**
	 * "An official said on Monday that Trump met Grenell on Thursday": when what is
	 * reported carries its own date, the occurrence is the reported clause, not the
	 * saying.
	 */
	static int reportedOccurrence(Parse parse, int predicate) {
		if (!Lexicon.REPORTING_VERBS.contains(parse.lemma(predicate))) {
			return predicate;
		}
		Integer content = parse.child(predicate, "ccomp");
		if (content == null || !parse.isVerb(content) || parse.subject(content) == null || parse.hasModal(content)
				|| parse.insideQuote(content) || parse.isNegated(content)) {
			return predicate;
		}
		BitSet clause = parse.subtree(content);
		for (Timex timex : parse.sentence.timexes()) {
			if (clause.get(timex.tokenBegin()) && !"DURATION".equals(timex.type())) {
				return content;
			}
		}
		return predicate;
	}

	// "Following the rupture of relations in 2019, the embassy is closed": the date
	// belongs to the noun introduced by a temporal preposition, which is then the
	// occurrence.
	private static @Nullable Integer earlierOccurrence(Parse parse, int timexHead, int predicate) {
		Dependency up = parse.parent(timexHead);
		if (up == null || up.governor() == predicate || !parse.token(up.governor()).pos().startsWith("NN")) {
			return null;
		}
		int noun = up.governor();
		Integer preposition = parse.child(noun, "case");
		Dependency attachment = parse.parent(noun);
		if (preposition != null && attachment != null && attachment.governor() == predicate
				&& TEMPORAL_PREPOSITIONS.contains(parse.lower(preposition))) {
			return noun;
		}
		return null;
	}

	private static boolean isDate(Parse parse, int token) {
		String ner = parse.token(token).ner();
		return ner.equals("DATE") || ner.equals("TIME");
	}

	static @Nullable Dated date(Parse parse, int predicate, @Nullable LocalDate anchor, List<String> notes) {
		return date(parse, predicate, anchor, notes, Set.of());
	}

	/** The date nearest the predicate, leaving out those that date another occurrence. */
	static @Nullable Dated date(Parse parse, int predicate, @Nullable LocalDate anchor, List<String> notes,
			Set<Timex> claimed) {
		Dated best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Timex timex : parse.sentence.timexes()) {
			if (parse.insideQuote(timex.tokenBegin()) || claimed.contains(timex)) {
				continue;
			}
			String preceding = timex.tokenBegin() > 0 ? parse.token(timex.tokenBegin() - 1).word() : null;
			String following = timex.tokenEnd() < parse.size() ? parse.token(timex.tokenEnd()).word() : null;
			DateDraft date = DateResolver.resolve(timex, preceding, following, anchor);
			if (date == null) {
				continue;
			}
			if (anchor != null && date.start().isAfter(anchor)) {
				notes.add("Ignored the future date \"" + timex.text() + "\" in sentence " + parse.sentence.index());
				continue;
			}
			int head = head(parse, timex);
			int distance = parse.distanceUp(head, predicate, 4);
			if (distance < 0) {
				distance = 10;
			}
			if (distance < bestDistance) {
				best = new Dated(date, head);
				bestDistance = distance;
			}
		}
		return best;
	}

	static int head(Parse parse, Timex timex) {
		for (int token = timex.tokenBegin(); token < timex.tokenEnd(); token++) {
			Dependency up = parse.parent(token);
			if (up == null || up.governor() < timex.tokenBegin() || up.governor() >= timex.tokenEnd()) {
				return token;
			}
		}
		return timex.tokenEnd() - 1;
	}

	/**
	 * "Trump said on Dec. 26 that the US had attacked a dock": the past perfect puts what
	 * is reported at some earlier, unknown time.
	 */
	private static boolean isPastPerfect(Parse parse, int predicate) {
		for (Integer aux : parse.children(predicate, "aux")) {
			if (parse.lemma(aux).equals("have") && parse.token(aux).pos().equals("VBD")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPresentPerfect(Parse parse, int predicate) {
		if (!parse.token(predicate).pos().equals("VBN") || parse.isNegated(predicate)) {
			return false;
		}
		for (Integer aux : parse.children(predicate, "aux")) {
			String pos = parse.token(aux).pos();
			if (parse.lemma(aux).equals("have") && (pos.equals("VBZ") || pos.equals("VBP"))) {
				return true;
			}
		}
		return false;
	}

	private static String perfectPhrase(Parse parse, int predicate) {
		int first = predicate;
		for (Integer aux : parse.children(predicate, "aux")) {
			first = Math.min(first, aux);
		}
		int last = predicate;
		Integer particle = parse.child(predicate, "compound:prt");
		if (particle != null && particle == predicate + 1) {
			last = particle;
		}
		return parse.text(first, last);
	}

	static List<Participant> participants(Parse parse, int predicate, Actors actors) {
		BitSet all = new BitSet();
		all.set(0, parse.size());
		return participants(parse, predicate, actors, all);
	}

	/** The actors named within the given tokens, with their part in the predicate. */
	static List<Participant> participants(Parse parse, int predicate, Actors actors, BitSet scope) {
		Map<String, String> roles = new LinkedHashMap<>();
		int sentence = parse.sentence.index();
		for (int token = 0; token < parse.size(); token++) {
			String key = scope.get(token) ? actors.keyAt(sentence, token) : null;
			if (key == null) {
				continue;
			}
			String role = role(parse, token, predicate);
			String previous = roles.get(key);
			if (previous == null || rank(role) < rank(previous)) {
				roles.put(key, role);
			}
		}
		List<Participant> participants = new ArrayList<>();
		roles.forEach((key, role) -> participants.add(new Participant(key, role)));
		return participants;
	}

	private static int rank(String role) {
		return switch (role) {
			case "agent" -> 0;
			case "target" -> 1;
			default -> 2;
		};
	}

	private static String role(Parse parse, int token, int predicate) {
		int current = token;
		for (int steps = 0; steps < 8; steps++) {
			Dependency up = parse.parent(current);
			if (up == null) {
				return "participant";
			}
			if (up.governor() == predicate) {
				String relation = up.relation();
				if (relation.startsWith("nsubj:pass") || relation.equals("obj") || relation.equals("iobj")) {
					return "target";
				}
				if (Parse.is(up, "nsubj") || relation.equals("obl:agent")
						|| relation.equals("obl:by") && parse.isPassive(predicate)) {
					return "agent";
				}
				return "participant";
			}
			current = up.governor();
		}
		return "participant";
	}

	private static List<Participant> mergeParticipants(List<Participant> first, List<Participant> second) {
		Map<String, String> roles = new LinkedHashMap<>();
		for (Participant participant : first) {
			roles.put(participant.actorKey(), participant.role());
		}
		for (Participant participant : second) {
			roles.putIfAbsent(participant.actorKey(), participant.role());
		}
		List<Participant> merged = new ArrayList<>();
		roles.forEach((key, role) -> merged.add(new Participant(key, role)));
		return merged;
	}

	private static Set<String> actorKeys(List<Participant> participants, Actors actors) {
		Set<String> keys = new HashSet<>();
		for (Participant participant : participants) {
			ActorDraft actor = actors.get(participant.actorKey());
			keys.add(actor != null ? AliasKey.of(actor.name()).value() : participant.actorKey());
		}
		return keys;
	}

}
