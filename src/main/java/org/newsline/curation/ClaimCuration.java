package org.newsline.curation;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorRepository;
import org.newsline.article.Article;
import org.newsline.article.ArticleRepository;
import org.newsline.claim.Claim;
import org.newsline.claim.ClaimRepository;
import org.newsline.claim.CounterSource;
import org.newsline.claim.Verdict;
import org.newsline.event.Event;
import org.newsline.event.EventRepository;
import org.newsline.event.ReviewStatus;
import org.newsline.shared.NotFoundException;
import org.newsline.shared.TextSpan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' work on claims: correcting text, speaker and event, giving verdicts with
 * rationale and counter-sources, and linking claims that contradict each other.
 */
@Service
@Transactional(readOnly = true)
public class ClaimCuration {

	static final String KIND = "Claim";

	private final ClaimRepository claims;

	private final ActorRepository actors;

	private final EventRepository events;

	private final ArticleRepository articles;

	private final Clock clock;

	ClaimCuration(ClaimRepository claims, ActorRepository actors, EventRepository events, ArticleRepository articles,
			Clock clock) {
		this.claims = claims;
		this.actors = actors;
		this.events = events;
		this.articles = articles;
		this.clock = clock;
	}

	public ClaimDetails details(long id) {
		Claim claim = load(id);
		Actor speaker = claim.getSpeaker();
		Event event = claim.getEvent();
		Article article = claim.getArticle();
		TextSpan span = claim.getSpan();
		Passage evidence = null;
		if (article != null && claim.getSentence() != null && span != null) {
			evidence = Passage.inSentence(article, Objects.requireNonNull(claim.getSentence()),
					article.excerpt(span.start(), span.end()));
		}
		else if (article != null && span != null) {
			evidence = Passage.of(article, span);
		}
		List<ClaimDetails.Counter> counters = claim.getCounterSources()
			.stream()
			.map((c) -> new ClaimDetails.Counter(Objects.requireNonNull(c.getId()), counterLabel(c), c.getQuote()))
			.toList();
		List<ClaimDetails.Linked> contradicts = claim.getContradicts()
			.stream()
			.sorted(Comparator.comparing((Claim c) -> Objects.requireNonNull(c.getId())))
			.map((c) -> new ClaimDetails.Linked(Objects.requireNonNull(c.getId()), EventCuration.speaker(c),
					c.getText()))
			.toList();
		return new ClaimDetails(id, claim.getText(), (speaker != null) ? speaker.getId() : null,
				EventCuration.speaker(claim), claim.getSpeakerLabel(), (event != null) ? event.getId() : null,
				(event != null) ? event.getTitle() : null, claim.getVerdict(), claim.getVerdictRationale(),
				claim.isVerdictSuggested(), claim.getStatus(), claim.getHedgeCues(), claim.getVersion(), evidence,
				counters, contradicts);
	}

	@Transactional
	public void edit(long id, EditClaim command) {
		Claim claim = lock(id);
		EditConflict.check(KIND, id, command.version(), claim.getVersion());
		Actor speaker = null;
		if (command.speakerId() != null) {
			speaker = this.actors.findById(command.speakerId())
				.filter((actor) -> actor.getMergedIntoId() == null)
				.orElseThrow(() -> new RejectedInput("speakerId", "Choose an actor from the list"));
		}
		else if (command.speakerLabel() == null || command.speakerLabel().isBlank()) {
			throw new RejectedInput("speakerLabel", "Name the speaker: choose an actor or describe them");
		}
		Event event = null;
		if (command.eventId() != null) {
			event = this.events.findById(command.eventId())
				.orElseThrow(() -> new RejectedInput("eventId", "Choose an event from the list"));
		}
		claim.edit(speaker, command.speakerLabel(), command.text(), event, Instant.now(this.clock));
	}

	@Transactional
	public void judge(long id, JudgeClaim command) {
		Claim claim = lock(id);
		EditConflict.check(KIND, id, command.version(), claim.getVersion());
		if (command.verdict() != Verdict.UNVERIFIED && (command.rationale() == null || command.rationale().isBlank())) {
			throw new RejectedInput("rationale", "Give the reason for a verdict of " + command.verdict());
		}
		boolean hasUrl = command.counterUrl() != null && !command.counterUrl().isBlank();
		String quote = Objects.requireNonNullElse(command.counterQuote(), "").strip();
		if (command.counterArticleId() != null) {
			Article article = this.articles.findById(command.counterArticleId())
				.orElseThrow(() -> new RejectedInput("counterArticleId", "Choose an imported article"));
			if (!quote.isEmpty() && !article.getBody().contains(quote)) {
				throw new RejectedInput("counterQuote", "This quote does not occur in the article");
			}
			claim.addCounterSource(article, null, null, quote);
		}
		else if (hasUrl) {
			claim.addCounterSource(null, Objects.requireNonNull(command.counterUrl()).strip(),
					blankToNull(command.counterTitle()), quote);
		}
		else if (!quote.isEmpty()) {
			throw new RejectedInput("counterUrl", "Say where the quote comes from: an article or a link");
		}
		claim.judge(command.verdict(), command.rationale(), Instant.now(this.clock));
	}

	@Transactional
	public void contradict(long id, long otherId, long version) {
		Claim claim = lock(id);
		EditConflict.check(KIND, id, version, claim.getVersion());
		if (id == otherId) {
			throw new RejectedInput("otherId", "A claim cannot contradict itself");
		}
		Claim other = this.claims.findById(otherId)
			.orElseThrow(() -> new RejectedInput("otherId", "Choose a claim from the list"));
		claim.contradict(other);
	}

	@Transactional
	public void decide(long id, ReviewStatus status, long version) {
		Claim claim = lock(id);
		EditConflict.check(KIND, id, version, claim.getVersion());
		switch (status) {
			case PUBLISHED -> claim.publish(Instant.now(this.clock));
			case REJECTED -> claim.reject(Instant.now(this.clock));
			default -> throw new RejectedInput("status", "A claim is published or rejected");
		}
	}

	/**
	 * Other claims, to pick one this claim contradicts: first those about the same event.
	 */
	public List<ClaimDetails.Linked> otherClaims(long id) {
		Claim claim = load(id);
		Event event = claim.getEvent();
		List<Claim> candidates = (event != null)
				? this.claims.findByEventIdIn(List.of(Objects.requireNonNull(event.getId()))) : this.claims.findAll();
		return candidates.stream()
			.filter((c) -> !Objects.equals(c.getId(), claim.getId()))
			.limit(200)
			.map((c) -> new ClaimDetails.Linked(Objects.requireNonNull(c.getId()), EventCuration.speaker(c),
					c.getText()))
			.toList();
	}

	private Claim load(long id) {
		return this.claims.findById(id).orElseThrow(() -> NotFoundException.of(KIND, id));
	}

	/**
	 * Loads the claim to change it, holding its row until commit, so the version check
	 * cannot pass for two saves of the same version.
	 */
	private Claim lock(long id) {
		return this.claims.findForUpdate(id).orElseThrow(() -> NotFoundException.of(KIND, id));
	}

	private static String counterLabel(CounterSource source) {
		Article article = source.getArticle();
		if (article != null) {
			return Objects.requireNonNullElse(article.getTitle(), article.getSourceKey());
		}
		return Objects.requireNonNullElse(source.getTitle(), Objects.requireNonNullElse(source.getUrl(), "link"));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
