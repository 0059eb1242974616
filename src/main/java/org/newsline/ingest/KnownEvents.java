package org.newsline.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.AliasKey;
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.event.EventRepository;
import org.newsline.event.Participation;
import org.newsline.ingest.extract.Occurrence;
import org.newsline.ingest.extract.OccurrenceMatcher;

import org.springframework.stereotype.Component;

/**
 * Which of an article's drafted events are occurrences already on the timeline, and which
 * tell again one the article told before. The decisions are independent of the order the
 * articles come in as far as pairing allows: an article's events pair one-to-one with
 * known ones, the closest pairs first.
 */
@Component
class KnownEvents {

	/** How many days around a drafted date known events are looked for. */
	private static final int DAYS_AROUND = 3;

	private final EventRepository events;

	KnownEvents(EventRepository events) {
		this.events = events;
	}

	/**
	 * For each drafted event, in order: the first draft telling the same occurrence, and
	 * the known event it is, if any.
	 */
	record Identities(int[] firstTellings, Map<Integer, Event> known) {

		int firstTelling(int draft) {
			return this.firstTellings[draft];
		}

		@Nullable Event known(int draft) {
			return this.known.get(draft);
		}

		int knownCount() {
			return this.known.size();
		}

	}

	Identities identify(List<Occurrence> occurrences, List<EventDate> dates) {
		int[] told = firstTellings(occurrences);
		return new Identities(told, sameOccurrences(occurrences, dates, told));
	}

	/**
	 * The known events that report the same occurrences as the article's drafted ones, by
	 * draft: the closest pairs above the matcher's bar first, each known event given to
	 * one draft at most. The extractor drafts one event per occurrence of an article, so
	 * two of them never fold into one; and pairing the closest first, not the first
	 * drafted, gives the same pairs whichever of two articles is imported first.
	 */
	private Map<Integer, Event> sameOccurrences(List<Occurrence> occurrences, List<EventDate> dates, int[] told) {
		record Pair(int draft, Event event, double score) {
		}
		List<Pair> pairs = new ArrayList<>();
		Map<Long, Occurrence> knownOccurrences = new HashMap<>();
		for (int i = 0; i < occurrences.size(); i++) {
			if (told[i] != i) {
				continue;
			}
			EventDate date = dates.get(i);
			for (Event candidate : this.events.findOverlapping(date.start().minusDays(DAYS_AROUND),
					date.end().plusDays(DAYS_AROUND))) {
				Occurrence known = knownOccurrences.computeIfAbsent(candidate.getId(), (id) -> occurrenceOf(candidate));
				if (OccurrenceMatcher.sameOccurrence(occurrences.get(i), known)) {
					pairs.add(new Pair(i, candidate, OccurrenceMatcher.score(occurrences.get(i), known)));
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(Pair::score)
			.reversed()
			.thenComparingInt(Pair::draft)
			.thenComparing((pair) -> pair.event().getId()));
		Map<Integer, Event> matched = new HashMap<>();
		Set<Long> taken = new HashSet<>();
		for (Pair pair : pairs) {
			if (!matched.containsKey(pair.draft()) && taken.add(pair.event().getId())) {
				matched.put(pair.draft(), pair.event());
			}
		}
		return matched;
	}

	/**
	 * For each drafted event, the first of the article's drafts that tells the same
	 * occurrence on the same date (itself when none before it does), so one article
	 * telling an occurrence twice gives one event whichever articles came before it.
	 * Within one article the writer dates consistently, so two dates are two occurrences
	 * ("the strike this month", "Trump's remark about it on the 26th").
	 */
	private static int[] firstTellings(List<Occurrence> occurrences) {
		int[] told = new int[occurrences.size()];
		for (int i = 0; i < told.length; i++) {
			told[i] = i;
			for (int j = 0; j < i; j++) {
				if (told[j] == j && sameDate(occurrences.get(i), occurrences.get(j))
						&& OccurrenceMatcher.sameOccurrence(occurrences.get(i), occurrences.get(j))) {
					told[i] = j;
					break;
				}
			}
		}
		return told;
	}

	private static boolean sameDate(Occurrence first, Occurrence second) {
		return first.start().equals(second.start()) && first.end().equals(second.end())
				&& first.precision() == second.precision();
	}

	private static Occurrence occurrenceOf(Event event) {
		return new Occurrence(event.getTitle(), event.getSummary(), event.getDate().start(), event.getDate().end(),
				event.getDate().precision(),
				event.getParticipations()
					.stream()
					.map(Participation::getActor)
					.map((actor) -> AliasKey.of(actor.getName()).value())
					.collect(Collectors.toSet()));
	}

}
