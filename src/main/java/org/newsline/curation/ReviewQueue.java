package org.newsline.curation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.newsline.article.Article;
import org.newsline.article.Evidence;
import org.newsline.article.EvidenceRepository;
import org.newsline.claim.Claim;
import org.newsline.claim.ClaimRepository;
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.event.EventRepository;
import org.newsline.event.ReviewStatus;
import org.newsline.shared.TextSpan;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the importer drafted and no editor has reviewed yet, newest import first, with the
 * passages it was drafted from; publishes or rejects any selection of it.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

	static final int LIMIT = 200;

	private final EventRepository events;

	private final ClaimRepository claims;

	private final EvidenceRepository evidence;

	private final Clock clock;

	ReviewQueue(EventRepository events, ClaimRepository claims, EvidenceRepository evidence, Clock clock) {
		this.events = events;
		this.claims = claims;
		this.evidence = evidence;
		this.clock = clock;
	}

	/** An unreviewed event with the passages that report it. */
	public record EventItem(long id, String title, String summary, EventDate date, Instant createdAt, long version,
			List<String> actors, List<Passage> passages) {
	}

	/** An unreviewed claim with the sentence it was found in. */
	public record ClaimItem(long id, String speaker, String text, Instant createdAt, long version,
			List<String> hedgeCues, String verdict, List<Passage> passages) {
	}

	/** Whatever awaits review. */
	public record Pending(List<EventItem> events, List<ClaimItem> claims) {

		public boolean isEmpty() {
			return this.events.isEmpty() && this.claims.isEmpty();
		}

	}

	public Pending pending() {
		List<Event> drafted = this.events.findForReview(ReviewStatus.UNREVIEWED, PageRequest.of(0, LIMIT));
		Map<Long, List<Evidence>> eventEvidence = this.evidence
			.findByEventIdIn(ids(drafted.stream().map(Event::getId).toList()))
			.stream()
			.collect(Collectors.groupingBy((e) -> Objects.requireNonNull(e.getEventId())));
		List<EventItem> eventItems = new ArrayList<>();
		for (Event event : drafted) {
			List<Passage> passages = new ArrayList<>();
			event.getSources().forEach((source) -> passages.add(EventCuration.row(source).passage()));
			for (Evidence e : eventEvidence.getOrDefault(event.getId(), List.of())) {
				Passage passage = Passage.of(e.getArticle(), e.getSpan());
				if (!passages.contains(passage)) {
					passages.add(passage);
				}
			}
			eventItems.add(new EventItem(Objects.requireNonNull(event.getId()), event.getTitle(), event.getSummary(),
					event.getDate(), event.getCreatedAt(), event.getVersion(),
					event.getParticipations().stream().map((p) -> p.getActor().getName()).toList(), passages));
		}
		List<ClaimItem> claimItems = new ArrayList<>();
		for (Claim claim : this.claims.findForReview(ReviewStatus.UNREVIEWED, PageRequest.of(0, LIMIT))) {
			List<Passage> passages = new ArrayList<>();
			Article article = claim.getArticle();
			TextSpan span = claim.getSpan();
			if (article != null && span != null) {
				String sentence = claim.getSentence();
				passages.add((sentence != null)
						? Passage.inSentence(article, sentence, article.excerpt(span.start(), span.end()))
						: Passage.of(article, span));
			}
			claimItems.add(new ClaimItem(Objects.requireNonNull(claim.getId()), EventCuration.speaker(claim),
					claim.getText(), claim.getCreatedAt(), claim.getVersion(), claim.getHedgeCues(),
					claim.getVerdict().name(), passages));
		}
		return new Pending(eventItems, claimItems);
	}

	/**
	 * An item ticked in the queue, with the version the queue showed when it sent one.
	 */
	public record Pick(long id, @Nullable Long version) {
	}

	/**
	 * What a decision did: how many items it changed, and how many it left alone because
	 * someone decided or changed them after the queue was shown.
	 */
	public record Decided(int changed, int stale) {
	}

	/**
	 * Publishes or rejects every picked event and claim that is still unreviewed and,
	 * when the queue sent it, still at the version shown. The rows are locked in id order
	 * first, so a concurrent edit either lands before this decision and makes its item
	 * stale, or waits for it.
	 */
	@Transactional
	public Decided decide(Collection<Pick> eventPicks, Collection<Pick> claimPicks, ReviewStatus decision) {
		if (decision != ReviewStatus.PUBLISHED && decision != ReviewStatus.REJECTED) {
			throw new RejectedInput("decision", "Publish or reject");
		}
		Instant now = Instant.now(this.clock);
		Map<Long, @Nullable Long> eventVersions = versions(eventPicks);
		Map<Long, @Nullable Long> claimVersions = versions(claimPicks);
		int changed = 0;
		int stale = 0;
		for (Event event : this.events.findAllForUpdate(ids(List.copyOf(eventVersions.keySet())))) {
			Long shown = eventVersions.get(event.getId());
			if (event.getStatus() != ReviewStatus.UNREVIEWED || (shown != null && shown != event.getVersion())) {
				stale++;
				continue;
			}
			if (decision == ReviewStatus.PUBLISHED) {
				event.publish(now);
			}
			else {
				event.reject(now);
			}
			changed++;
		}
		for (Claim claim : this.claims.findAllForUpdate(ids(List.copyOf(claimVersions.keySet())))) {
			Long shown = claimVersions.get(claim.getId());
			if (claim.getStatus() != ReviewStatus.UNREVIEWED || (shown != null && shown != claim.getVersion())) {
				stale++;
				continue;
			}
			if (decision == ReviewStatus.PUBLISHED) {
				claim.publish(now);
			}
			else {
				claim.reject(now);
			}
			changed++;
		}
		return new Decided(changed, stale);
	}

	private static Map<Long, @Nullable Long> versions(Collection<Pick> picks) {
		Map<Long, @Nullable Long> versions = new HashMap<>();
		picks.forEach((pick) -> versions.put(pick.id(), pick.version()));
		return versions;
	}

	private static List<Long> ids(List<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

}
