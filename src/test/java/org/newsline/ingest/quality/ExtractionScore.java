package org.newsline.ingest.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsline.ingest.quality.Extracted.Claim;
import org.newsline.ingest.quality.Extracted.Event;

/**
 * How close an extraction comes to the gold annotation.
 * <ul>
 * <li><b>Actors.</b> An extracted actor matches a gold actor when its name or one of its
 * aliases folds ({@link org.newsline.actor.AliasKey}) like the gold name or one of the
 * gold aliases. Precision: matching extracted actors / extracted actors. Recall: gold
 * actors matched at least once / gold actors.</li>
 * <li><b>Events.</b> An extracted event identifies a gold event when their date intervals
 * share a day and its title or summary contains at least one gold keyword (whole words,
 * case- and accent-insensitive, light suffix stripping). Recall: gold events identified /
 * gold events. Date accuracy: of the identified gold events, the share that at least one
 * identifying event dates with the gold start day and the gold precision. Loose
 * precision: extracted events identifying some gold event / extracted events. Merged: of
 * the identified gold events reported by several files, the share that one identifying
 * event cites in every one of those files.</li>
 * <li><b>Claims.</b> An extracted claim matches a gold claim when it is in the gold
 * claim's file and its text contains every gold keyword. Recall: gold claims matched /
 * gold claims. Speaker accuracy: of the matched gold claims, the share that at least one
 * matching claim attributes right: to an actor whose forms fold like the gold speaker's
 * (the gold actor's aliases count), or, for a gold label, to a label containing the
 * label's head noun ("an unnamed senior US official" → "official").</li>
 * </ul>
 * A ratio over nothing is 0.
 */
public record ExtractionScore(Counts actors, Counts events, int exactlyDated, int multiFileFound, int merged,
		Counts claims, int rightSpeakers, List<String> missedActors, List<String> spuriousActors,
		List<String> missedEvents, List<String> misdated, List<String> missedClaims, List<String> misattributed) {

	/**
	 * Gold items and how many were found; extracted items and how many of them match some
	 * gold item.
	 */
	public record Counts(int gold, int found, int extracted, int correct) {

		public double recall() {
			return ratio(this.found, this.gold);
		}

		public double precision() {
			return ratio(this.correct, this.extracted);
		}

	}

	public ExtractionScore {
		missedActors = List.copyOf(missedActors);
		spuriousActors = List.copyOf(spuriousActors);
		missedEvents = List.copyOf(missedEvents);
		misdated = List.copyOf(misdated);
		missedClaims = List.copyOf(missedClaims);
		misattributed = List.copyOf(misattributed);
	}

	/** Scores an extraction against the gold annotation. */
	public static ExtractionScore of(Gold gold, Extracted extracted) {
		List<String> missedActors = new ArrayList<>();
		int actorsFound = 0;
		for (Gold.Actor actor : gold.actors()) {
			boolean found = extracted.actors().stream().anyMatch((e) -> Forms.sameName(actor.forms(), e.forms()));
			if (found) {
				actorsFound++;
			}
			else {
				missedActors.add(actor.name());
			}
		}
		List<String> spuriousActors = new ArrayList<>();
		int actorsCorrect = 0;
		for (Extracted.Actor actor : extracted.actors()) {
			if (gold.actors().stream().anyMatch((g) -> Forms.sameName(g.forms(), actor.forms()))) {
				actorsCorrect++;
			}
			else {
				spuriousActors.add(actor.name());
			}
		}
		Counts actors = new Counts(gold.actors().size(), actorsFound, extracted.actors().size(), actorsCorrect);

		List<String> missedEvents = new ArrayList<>();
		List<String> misdated = new ArrayList<>();
		int eventsFound = 0;
		int exactlyDated = 0;
		int multiFile = 0;
		int merged = 0;
		for (Gold.Event event : gold.events()) {
			List<Event> identifying = extracted.events().stream().filter((e) -> identifies(e, event)).toList();
			if (identifying.isEmpty()) {
				missedEvents.add(event.id());
				continue;
			}
			eventsFound++;
			if (identifying.stream()
				.anyMatch((e) -> e.start().equals(event.start()) && e.precision() == event.precision())) {
				exactlyDated++;
			}
			else {
				Event first = identifying.get(0);
				misdated.add(event.id() + " (" + event.start() + " " + event.precision() + ", found " + first.start()
						+ ".." + first.end() + " " + first.precision() + ")");
			}
			if (event.files().size() > 1) {
				multiFile++;
				if (identifying.stream().anyMatch((e) -> e.files().containsAll(event.files()))) {
					merged++;
				}
			}
		}
		int identifyingEvents = (int) extracted.events()
			.stream()
			.filter((e) -> gold.events().stream().anyMatch((g) -> identifies(e, g)))
			.count();
		Counts events = new Counts(gold.events().size(), eventsFound, extracted.events().size(), identifyingEvents);

		List<String> missedClaims = new ArrayList<>();
		List<String> misattributed = new ArrayList<>();
		int claimsFound = 0;
		int rightSpeakers = 0;
		for (Gold.Claim claim : gold.claims()) {
			List<Claim> matching = extracted.claims().stream().filter((c) -> matches(c, claim)).toList();
			String name = claim.speaker() + ": " + String.join(" / ", claim.keywords());
			if (matching.isEmpty()) {
				missedClaims.add(name);
				continue;
			}
			claimsFound++;
			if (matching.stream().anyMatch((c) -> rightSpeaker(c, claim, gold))) {
				rightSpeakers++;
			}
			else {
				misattributed.add(name + " (found " + speakerOf(matching.get(0)) + ")");
			}
		}
		int matchingClaims = (int) extracted.claims()
			.stream()
			.filter((c) -> gold.claims().stream().anyMatch((g) -> matches(c, g)))
			.count();
		Counts claims = new Counts(gold.claims().size(), claimsFound, extracted.claims().size(), matchingClaims);

		return new ExtractionScore(actors, events, exactlyDated, multiFile, merged, claims, rightSpeakers, missedActors,
				spuriousActors, missedEvents, misdated, missedClaims, misattributed);
	}

	public double actorPrecision() {
		return this.actors.precision();
	}

	public double actorRecall() {
		return this.actors.recall();
	}

	public double eventRecall() {
		return this.events.recall();
	}

	/** Of the gold events found, the share dated with the gold start and precision. */
	public double dateAccuracy() {
		return ratio(this.exactlyDated, this.events.found());
	}

	/** Of the extracted events, the share that identify some gold event. */
	public double eventPrecision() {
		return this.events.precision();
	}

	/**
	 * Of the gold events reported by several files and found, the share one event cites
	 * in all of them.
	 */
	public double mergeRate() {
		return ratio(this.merged, this.multiFileFound);
	}

	public double claimRecall() {
		return this.claims.recall();
	}

	/** Of the gold claims found, the share attributed to the right speaker. */
	public double speakerAccuracy() {
		return ratio(this.rightSpeakers, this.claims.found());
	}

	/** A printable table of the scores, their counts, and what was missed. */
	public String table() {
		StringBuilder out = new StringBuilder();
		String rule = "+----------------------------+---------+---------------------------------------+%n";
		out.append(String.format(rule));
		out.append(String.format("| %-26s | %7s | %-37s |%n", "measure", "score", "counts"));
		out.append(String.format(rule));
		row(out, "actor precision", actorPrecision(),
				this.actors.correct() + " of " + this.actors.extracted() + " extracted are gold");
		row(out, "actor recall", actorRecall(), this.actors.found() + " of " + this.actors.gold() + " gold found");
		row(out, "event recall", eventRecall(), this.events.found() + " of " + this.events.gold() + " gold found");
		row(out, "date accuracy", dateAccuracy(),
				this.exactlyDated + " of " + this.events.found() + " found dated exactly");
		row(out, "event precision (loose)", eventPrecision(),
				this.events.correct() + " of " + this.events.extracted() + " extracted are gold");
		row(out, "multi-source events merged", mergeRate(),
				this.merged + " of " + this.multiFileFound + " found cite every file");
		row(out, "claim recall", claimRecall(), this.claims.found() + " of " + this.claims.gold() + " gold found");
		row(out, "claim precision (loose)", this.claims.precision(),
				this.claims.correct() + " of " + this.claims.extracted() + " extracted are gold");
		row(out, "claim-speaker accuracy", speakerAccuracy(),
				this.rightSpeakers + " of " + this.claims.found() + " found attributed right");
		out.append(String.format(rule));
		list(out, "missed actors", this.missedActors);
		list(out, "actors not in gold", this.spuriousActors);
		list(out, "missed events", this.missedEvents);
		list(out, "misdated events", this.misdated);
		list(out, "missed claims", this.missedClaims);
		list(out, "misattributed claims", this.misattributed);
		return out.toString();
	}

	static boolean identifies(Event extracted, Gold.Event gold) {
		if (!extracted.overlaps(gold.start(), gold.end())) {
			return false;
		}
		List<String> words = Forms.words(extracted.title() + " \n " + extracted.summary());
		return gold.keywords().stream().anyMatch((keyword) -> Forms.containsWords(words, Forms.words(keyword)));
	}

	static boolean matches(Claim extracted, Gold.Claim gold) {
		if (!extracted.file().equals(gold.file())) {
			return false;
		}
		List<String> words = Forms.words(extracted.text());
		return gold.keywords().stream().allMatch((keyword) -> Forms.containsWords(words, Forms.words(keyword)));
	}

	static boolean rightSpeaker(Claim extracted, Gold.Claim gold, Gold annotation) {
		if (gold.speakerIsLabel()) {
			String head = Forms.headNoun(gold.speaker());
			return extracted.speakerLabel() != null && !head.isEmpty()
					&& Forms.words(extracted.speakerLabel()).contains(Forms.stem(head));
		}
		if (extracted.speaker() == null) {
			return false;
		}
		Gold.Actor actor = annotation.actorNamed(gold.speaker());
		List<String> forms = (actor != null) ? actor.forms() : List.of(gold.speaker());
		return Forms.sameName(forms, extracted.speaker().forms());
	}

	private static String speakerOf(Claim claim) {
		return (claim.speaker() != null) ? claim.speaker().name() : "\"" + claim.speakerLabel() + "\"";
	}

	private static void row(StringBuilder out, String measure, double score, String counts) {
		out.append(String.format(Locale.ROOT, "| %-26s | %6.1f%% | %-37s |%n", measure, score * 100, counts));
	}

	private static void list(StringBuilder out, String title, List<String> items) {
		if (!items.isEmpty()) {
			out.append(title).append(": ").append(String.join("; ", items)).append(String.format("%n"));
		}
	}

	static double ratio(int part, int whole) {
		return (whole == 0) ? 0 : (double) part / whole;
	}

}
