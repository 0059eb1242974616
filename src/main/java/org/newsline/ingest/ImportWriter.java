package org.newsline.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorRepository;
import org.newsline.actor.ActorSlugs;
import org.newsline.actor.AliasKey;
import org.newsline.actor.KnownActors;
import org.newsline.article.Article;
import org.newsline.article.ArticleRepository;
import org.newsline.article.Evidence;
import org.newsline.article.EvidenceRepository;
import org.newsline.article.PublicationSource;
import org.newsline.claim.Claim;
import org.newsline.claim.ClaimRepository;
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.event.EventRepository;
import org.newsline.event.EventSlugs;
import org.newsline.event.EventSource;
import org.newsline.ingest.document.CleanDocument;
import org.newsline.ingest.document.TextSimilarity;
import org.newsline.ingest.extract.ActorDraft;
import org.newsline.ingest.extract.ArticleExtraction;
import org.newsline.ingest.extract.ClaimDraft;
import org.newsline.ingest.extract.DateDraft;
import org.newsline.ingest.extract.EventDraft;
import org.newsline.ingest.extract.Occurrence;
import org.newsline.ingest.extract.Participant;
import org.newsline.shared.Origin;
import org.newsline.shared.TextSpan;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what was drafted from one article, in one transaction: the article, its actors
 * (matched against known ones), its events (merged with the same occurrence reported
 * elsewhere), its claims and their evidence. On a changed file it first takes back what
 * the importer made from the old version, keeping everything an editor touched.
 */
@Component
class ImportWriter {

	private static final int TITLE_MAX = 300;

	private static final int NAME_MAX = 300;

	private static final int DESCRIPTION_MAX = 500;

	private final ArticleRepository articles;

	private final EvidenceRepository evidence;

	private final ActorRepository actors;

	private final EventRepository events;

	private final ClaimRepository claims;

	private final JdbcTemplate jdbc;

	private final IngestSettings settings;

	private final Clock clock;

	private final CrossArticleDisputes disputes;

	private final ActorSlugs actorSlugs;

	private final EventSlugs eventSlugs;

	private final KnownActors knownActors;

	private final KnownEvents knownEvents;

	ImportWriter(ArticleRepository articles, EvidenceRepository evidence, ActorRepository actors,
			EventRepository events, ClaimRepository claims, JdbcTemplate jdbc, IngestSettings settings, Clock clock,
			CrossArticleDisputes disputes, ActorSlugs actorSlugs, EventSlugs eventSlugs, KnownActors knownActors,
			KnownEvents knownEvents) {
		this.articles = articles;
		this.evidence = evidence;
		this.actors = actors;
		this.events = events;
		this.claims = claims;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		this.disputes = disputes;
		this.actorSlugs = actorSlugs;
		this.eventSlugs = eventSlugs;
		this.knownActors = knownActors;
		this.knownEvents = knownEvents;
	}

	/** What writing one file did. */
	record Written(long articleId, FileOutcome outcome, int actors, int events, int claims, int keptEdits,
			List<String> notes) {
	}

	@Transactional
	Written write(CleanDocument document, String contentHash, @Nullable LocalDate published,
			PublicationSource publishedSource, ArticleExtraction extraction, long runId) {
		Instant now = Instant.now(this.clock);
		Optional<Article> existing = this.articles.findBySourceKey(document.key());
		Article article = existing.orElseGet(() -> new Article(document.key(), document.text(), contentHash, now));
		List<String> notes = new ArrayList<>();
		Kept kept = new Kept();
		Set<Long> locked = new HashSet<>();
		if (existing.isPresent()) {
			article.refresh(document.text(), contentHash, document.title(), document.outlet(), document.url(), now);
			forget(article, kept, locked, notes);
		}
		else {
			article.describe(document.title(), document.outlet(), document.url());
		}
		if (article.getPublishedSource() != PublicationSource.EDITOR) {
			article.datePublished(published, publishedSource);
		}
		article.markImportedBy(runId);
		article = this.articles.save(article);

		List<Evidence> pending = new ArrayList<>();
		Map<String, Actor> actorsByKey = resolveActors(article, extraction.actors(), pending);
		List<Event> eventsByIndex = assembleEvents(article, extraction.events(), actorsByKey, locked, notes, pending);
		int claimCount = recordClaims(article, extraction.claims(), actorsByKey, eventsByIndex, extraction.events(),
				kept, notes, pending);
		relocateKept(article, kept, pending);
		// Evidence refers to actors, events and claims by plain id, which insert ordering
		// cannot see.
		this.articles.flush();
		this.evidence.saveAll(pending);
		if (kept.count() > 0) {
			notes.add("kept " + kept.count() + " editor-touched " + ((kept.count() == 1) ? "record" : "records"));
		}
		return new Written(article.getId(), existing.isPresent() ? FileOutcome.UPDATED : FileOutcome.CREATED,
				actorsByKey.values().stream().distinct().toList().size(),
				(int) eventsByIndex.stream().distinct().count(), claimCount, kept.count(), notes);
	}

	/**
	 * Records an editor touched that came from an article's previous version, kept across
	 * its re-import.
	 */
	private static final class Kept {

		final List<Claim> claims = new ArrayList<>();

		final List<EventSource> sources = new ArrayList<>();

		int count() {
			return this.claims.size() + this.sources.size();
		}

	}

	/**
	 * Takes back what the importer made from the article's previous version, except what
	 * editors touched: edited claims, and edited events or those an editor's claim is
	 * about, with their sources. The events and claims are read with their rows locked,
	 * events first as the desk locks them: an editor's save either committed before, and
	 * is seen and kept, or waits until this file is written and then meets the new
	 * version.
	 */
	private void forget(Article article, Kept kept, Set<Long> locked, List<String> notes) {
		List<Event> citing = this.events.findCitingForUpdate(article.getId());
		citing.forEach((event) -> locked.add(event.getId()));
		Set<Long> claimedEvents = new HashSet<>();
		for (Claim claim : this.claims.findByArticleIdForUpdate(article.getId())) {
			if (claim.getOrigin() == Origin.IMPORT && !claim.isEdited()) {
				this.claims.delete(claim);
			}
			else {
				kept.claims.add(claim);
				if (claim.getEvent() != null) {
					claimedEvents.add(claim.getEvent().getId());
				}
			}
		}
		int dropped = 0;
		for (Event event : citing) {
			boolean touched = event.isEdited() || claimedEvents.contains(event.getId());
			for (EventSource source : List.copyOf(event.getSources())) {
				if (!article.equals(source.getArticle())) {
					continue;
				}
				if (source.getOrigin() == Origin.IMPORT && !touched) {
					event.detach(source);
				}
				else {
					kept.sources.add(source);
				}
			}
			if (event.getSources().isEmpty() && event.getOrigin() == Origin.IMPORT && !touched) {
				this.events.delete(event);
				dropped++;
			}
		}
		this.claims.flush();
		this.evidence.deleteByArticle(article.getId());
		if (dropped > 0) {
			notes.add("replaced " + dropped + " events drafted from the previous version");
		}
	}

	/**
	 * Locks a known event's row before the importer changes it, so that whether an editor
	 * touched it is decided on what is committed. When it changed since it was read (an
	 * editor saved it, or merged it away), the file's write fails and is tried again from
	 * a fresh read.
	 */
	private void lock(Event event, Set<Long> locked) {
		if (!locked.add(event.getId())) {
			return;
		}
		List<Long> current = this.jdbc.queryForList(
				"select version from event where id = ? and merged_into_id is null for no key update", Long.class,
				event.getId());
		if (current.size() != 1 || current.get(0) != event.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Event.class, event.getId());
		}
	}

	/** Kept sources and claims point at the new text where their quote still occurs. */
	private void relocateKept(Article article, Kept kept, List<Evidence> pending) {
		String body = article.getBody();
		for (EventSource source : kept.sources) {
			int at = body.indexOf(source.getQuote());
			if (at >= 0 && source.getEvent().getId() != null) {
				TextSpan span = new TextSpan(at, at + source.getQuote().length());
				pending.add(Evidence.forEvent(source.getEvent().getId(), article, span, source.getQuote()));
			}
		}
		for (Claim claim : kept.claims) {
			String sentence = claim.getSentence();
			int at = (sentence != null) ? body.indexOf(sentence) : -1;
			if (at >= 0) {
				pending
					.add(Evidence.forClaim(claim.getId(), article, new TextSpan(at, at + sentence.length()), sentence));
			}
		}
	}

	private Map<String, Actor> resolveActors(Article article, List<ActorDraft> drafts, List<Evidence> pending) {
		Instant now = Instant.now(this.clock);
		Map<String, Actor> resolved = new HashMap<>();
		for (ActorDraft draft : drafts) {
			String name = clip(draft.name(), NAME_MAX);
			Actor actor = this.knownActors.find(draft.name(), draft.aliases(), draft.kind()).orElse(null);
			if (actor == null) {
				actor = new Actor(name, draft.kind(), this.actorSlugs.allocate(name), Origin.IMPORT, now);
			}
			actor.enrich(name, clip(draft.description(), DESCRIPTION_MAX));
			// the form this article names it by, even when the known name is as long
			// ("Nicolas" beside "Nicolás"), so the aliases do not hang on which came
			// first
			actor.addAlias(name, Origin.IMPORT);

			for (String alias : draft.aliases()) {
				actor.addAlias(clip(alias, NAME_MAX), Origin.IMPORT);
			}
			actor = this.actors.save(actor);
			resolved.put(draft.key(), actor);
			for (TextSpan mention : draft.mentions()) {
				if (mention.end() <= article.getBody().length()) {
					pending.add(Evidence.forActor(actor.getId(), article, mention,
							Passages.sentenceAround(article.getBody(), mention)));
				}
			}
		}
		return resolved;
	}

	private List<Event> assembleEvents(Article article, List<EventDraft> drafts, Map<String, Actor> actorsByKey,
			Set<Long> locked, List<String> notes, List<Evidence> pending) {
		Instant now = Instant.now(this.clock);
		List<EventDate> dates = new ArrayList<>();
		List<Occurrence> occurrences = new ArrayList<>();
		for (EventDraft draft : drafts) {
			EventDate date = eventDate(draft.date());
			List<Actor> involved = draft.participants()
				.stream()
				.map(Participant::actorKey)
				.map(actorsByKey::get)
				.filter((actor) -> actor != null)
				.distinct()
				.toList();
			dates.add(date);
			occurrences.add(new Occurrence(draft.title(), draft.summary(), date.start(), date.end(), date.precision(),
					involved.stream().map((a) -> AliasKey.of(a.getName()).value()).collect(Collectors.toSet())));
		}
		KnownEvents.Identities identities = this.knownEvents.identify(occurrences, dates);
		List<Event> assembled = new ArrayList<>();
		Map<Long, Boolean> sameReport = new HashMap<>();
		for (int i = 0; i < drafts.size(); i++) {
			EventDraft draft = drafts.get(i);
			EventDate date = dates.get(i);
			int first = identities.firstTelling(i);
			Event event = (first != i) ? assembled.get(first) : identities.known(i);
			if (event == null) {
				String title = clip(draft.title(), TITLE_MAX);
				event = this.events
					.save(Event.drafted(title, draft.summary(), date, this.eventSlugs.allocate(title), now));
				locked.add(event.getId());
			}
			else {
				lock(event, locked);
				event.refineDate(date, now);
			}
			if (!event.citesArticle(article)) {
				EventSource source = event.cite(article, draft.span(), Origin.IMPORT);
				markIfCopied(article, event, source, sameReport);
			}
			if (!event.isEdited()) {
				for (Participant participant : draft.participants()) {
					Actor actor = actorsByKey.get(participant.actorKey());
					if (actor != null) {
						event.involve(actor, participant.role(), Origin.IMPORT);
					}
				}
			}
			pending.add(Evidence.forEvent(event.getId(), article, draft.span(), draft.sentence()));
			for (TextSpan other : draft.otherSpans()) {
				pending.add(Evidence.forEvent(event.getId(), article, other,
						Passages.sentenceAround(article.getBody(), other)));
			}
			assembled.add(event);
		}
		if (identities.knownCount() > 0) {
			notes.add(identities.knownCount() + " events matched ones already reported by other articles");
		}
		return assembled;
	}

	/**
	 * A source from an article that rewrites or copies one already cited for the same
	 * event is derived from it, not an independent report; the article is marked as
	 * derived too.
	 */
	private void markIfCopied(Article article, Event event, EventSource source, Map<Long, Boolean> sameReport) {
		for (EventSource other : event.getSources()) {
			Article otherArticle = other.getArticle();
			if (other == source || otherArticle == null || otherArticle.equals(article) || other.getId() == null) {
				continue;
			}
			boolean copied = sameReport.computeIfAbsent(otherArticle.getId(), (id) -> TextSimilarity
				.similarity(article.getBody(), otherArticle.getBody()) >= this.settings.sameReportSimilarity());
			if (copied) {
				source.markDerivedFrom(other.isIndependent() ? other.getId() : other.getDerivedFromId());
				if (article.getDerivedFromId() == null) {
					article.markDerivedFrom(otherArticle.getId());
				}
				return;
			}
		}
	}

	private int recordClaims(Article article, List<ClaimDraft> drafts, Map<String, Actor> actorsByKey,
			List<Event> eventsByIndex, List<EventDraft> eventDrafts, Kept kept, List<String> notes,
			List<Evidence> pending) {
		Instant now = Instant.now(this.clock);
		List<@Nullable Claim> recorded = new ArrayList<>();
		for (ClaimDraft draft : drafts) {
			Actor speaker = (draft.speakerActorKey() != null) ? actorsByKey.get(draft.speakerActorKey()) : null;
			String label = (speaker == null) ? clip(draft.speakerLabel(), NAME_MAX) : null;
			boolean alreadyKept = kept.claims.stream()
				.anyMatch((claim) -> draft.sentence().equals(claim.getSentence()));
			if (alreadyKept || draft.span().end() > article.getBody().length()
					|| (speaker == null && (label == null || label.isBlank()))) {
				recorded.add(null);
				continue;
			}
			Claim claim = Claim.extracted(speaker, label, draft.text(), article, draft.span(), draft.sentence(),
					draft.hedgeCues(), now);
			Integer eventIndex = draft.eventIndex();
			if (eventIndex == null || eventIndex < 0 || eventIndex >= eventsByIndex.size()) {
				eventIndex = nearestEventBefore(draft.span(), eventDrafts);
			}
			if (eventIndex != null) {
				claim.about(eventsByIndex.get(eventIndex));
			}
			DateDraft date = draft.date();
			claim.statedOn((date != null) ? date.start() : article.getPublishedOn());
			claim = this.claims.save(claim);
			pending.add(Evidence.forClaim(claim.getId(), article, draft.span(), draft.sentence()));
			recorded.add(claim);
		}
		int contradictions = 0;
		for (int i = 0; i < drafts.size(); i++) {
			ClaimDraft draft = drafts.get(i);
			Claim claim = recorded.get(i);
			if (claim == null) {
				continue;
			}
			for (int target : draft.contradicts()) {
				Claim answered = (target >= 0 && target < recorded.size()) ? recorded.get(target) : null;
				if (answered == null || answered == claim) {
					continue;
				}
				claim.contradict(answered);
				// The claim answered is the one in dispute; the answer links to it.
				answered.suggestDisputed(
						"Contradicted by " + speakerName(claim) + ": “" + clip(claim.getText(), 200) + "”");
				contradictions++;
			}
		}
		if (contradictions > 0) {
			notes.add(contradictions + " contradictions between claims of the article suggested");
		}
		List<CrossArticleDisputes.Recorded> entries = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			if (recorded.get(i) != null) {
				entries.add(new CrossArticleDisputes.Recorded(recorded.get(i), drafts.get(i).stance()));
			}
		}
		int across = this.disputes.link(article, entries);
		if (across > 0) {
			notes.add(across + " contradictions with claims of other articles suggested");
		}
		return (int) recorded.stream().filter((claim) -> claim != null).count();
	}

	/**
	 * The event a claim with no event of its own is most likely about: the last one the
	 * article reported before the claim, or else the article's first event. News writing
	 * states the occurrence first and the competing accounts of it after.
	 */
	private static @Nullable Integer nearestEventBefore(TextSpan claim, List<EventDraft> events) {
		Integer nearest = null;
		for (int i = 0; i < events.size(); i++) {
			int start = events.get(i).span().start();
			if (start <= claim.start() && (nearest == null || start >= events.get(nearest).span().start())) {
				nearest = i;
			}
		}
		if (nearest == null && !events.isEmpty()) {
			return 0;
		}
		return nearest;
	}

	private static String speakerName(Claim claim) {
		Actor speaker = claim.getSpeaker();
		return (speaker != null) ? speaker.getName() : String.valueOf(claim.getSpeakerLabel());
	}

	private static EventDate eventDate(DateDraft draft) {
		return new EventDate(draft.start(), draft.end(), draft.precision(), draft.approximate(),
				clip(draft.phrase(), 300), draft.anchor());
	}

	private static @Nullable String clip(@Nullable String text, int max) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return (stripped.length() <= max) ? stripped : stripped.substring(0, max - 1).strip() + "…";
	}

}
