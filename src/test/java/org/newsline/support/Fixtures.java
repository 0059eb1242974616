package org.newsline.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.newsline.actor.Actor;
import org.newsline.actor.ActorKind;
import org.newsline.actor.ActorRepository;
import org.newsline.article.Article;
import org.newsline.article.ArticleRepository;
import org.newsline.article.PublicationSource;
import org.newsline.claim.Claim;
import org.newsline.article.Evidence;
import org.newsline.article.EvidenceRepository;
import org.newsline.claim.ClaimRepository;
import org.newsline.claim.Verdict;
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.event.EventRepository;
import org.newsline.event.Tag;
import org.newsline.event.TagRepository;
import org.newsline.shared.Origin;
import org.newsline.shared.Slugs;
import org.newsline.shared.TextSpan;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hand-made records for tests, each saved in its own transaction.
 */
@TestComponent
public class Fixtures {

	private static final Instant NOW = Instant.parse("2025-12-30T12:00:00Z");

	private final ArticleRepository articles;

	private final ActorRepository actors;

	private final EventRepository events;

	private final ClaimRepository claims;

	private final TransactionTemplate tx;

	private final TagRepository tags;

	private final EvidenceRepository evidence;

	private final JdbcTemplate jdbc;

	Fixtures(ArticleRepository articles, ActorRepository actors, EventRepository events, ClaimRepository claims,
			TransactionTemplate tx, TagRepository tags, EvidenceRepository evidence, JdbcTemplate jdbc) {
		this.articles = articles;
		this.actors = actors;
		this.events = events;
		this.claims = claims;
		this.tx = tx;
		this.tags = tags;
		this.evidence = evidence;
		this.jdbc = jdbc;
	}

	public Article article(String key, String body, LocalDate published, String outlet) {
		return this.tx.execute((status) -> {
			Article article = new Article(key, body, Integer.toHexString(body.hashCode()), NOW);
			article.describe("Report " + key, outlet, "https://example.org/" + key);
			article.datePublished(published, PublicationSource.MANIFEST);
			return this.articles.save(article);
		});
	}

	public Actor actor(String name, ActorKind kind, String... aliases) {
		return this.tx.execute((status) -> {
			Actor actor = new Actor(name, kind, Slugs.slugify(name), Origin.IMPORT, NOW);
			for (String alias : aliases) {
				actor.addAlias(alias, Origin.IMPORT);
			}
			return this.actors.save(actor);
		});
	}

	/**
	 * An unreviewed event citing the whole body of each article given, with the actors as
	 * agents.
	 */
	public Event event(String title, EventDate date, List<Actor> involved, List<Article> sources) {
		return this.tx.execute((status) -> {
			Event event = Event.drafted(title, title + ", the summary.", date, Slugs.slugify(title), NOW);
			for (Actor actor : involved) {
				event.involve(this.actors.getReferenceById(actor.getId()), "agent", Origin.IMPORT);
			}
			for (Article article : sources) {
				Article managed = this.articles.getReferenceById(article.getId());
				event.cite(managed, new TextSpan(0, Math.min(40, article.getBody().length())), Origin.IMPORT);
			}
			return this.events.save(event);
		});
	}

	public Claim claim(Actor speaker, String text, Event about, Article article) {
		return this.tx.execute((status) -> {
			Article managed = this.articles.getReferenceById(article.getId());
			Claim claim = Claim.extracted(this.actors.getReferenceById(speaker.getId()), null, text,
					this.articles.findById(article.getId()).orElseThrow(), new TextSpan(0, 10),
					managed.getBody().substring(0, 10), List.of("claimed"), NOW);
			claim.about(this.events.getReferenceById(about.getId()));
			return this.claims.save(claim);
		});
	}

	/** Tags the event, making each tag that does not exist yet. */
	public void tag(Event event, String... names) {
		this.tx.executeWithoutResult((status) -> {
			Event managed = this.events.findById(event.getId()).orElseThrow();
			for (String name : names) {
				Tag tag = this.tags.findBySlug(Slugs.slugify(name)).orElseGet(() -> this.tags.save(new Tag(name)));
				managed.tag(tag);
			}
		});
	}

	public void publish(Event event) {
		this.tx.executeWithoutResult((status) -> this.events.findById(event.getId()).orElseThrow().publish(NOW));
	}

	public void reject(Event event) {
		this.tx.executeWithoutResult((status) -> this.events.findById(event.getId()).orElseThrow().reject(NOW));
	}

	/** Merges the loser into the winner, as an editor would. */
	public void merge(Event loser, Event winner) {
		this.tx.executeWithoutResult((status) -> {
			Event managedWinner = this.events.findById(winner.getId()).orElseThrow();
			managedWinner.absorb(this.events.findById(loser.getId()).orElseThrow(), NOW);
		});
	}

	/** Records a slug the event was once known by. */
	public void formerSlug(Event event, String slug) {
		this.jdbc.update("insert into event_former_slug (slug, event_id) values (?, ?)", slug, event.getId());
	}

	public void formerSlug(Actor actor, String slug) {
		this.jdbc.update("insert into actor_former_slug (slug, actor_id) values (?, ?)", slug, actor.getId());
	}

	public void judge(Claim claim, Verdict verdict, String rationale) {
		this.tx.executeWithoutResult(
				(status) -> this.claims.findById(claim.getId()).orElseThrow().judge(verdict, rationale, NOW));
	}

	/** Records that one claim contradicts (denies) another. */
	public void contradict(Claim denial, Claim denied) {
		this.tx.executeWithoutResult((status) -> this.claims.findById(denial.getId())
			.orElseThrow()
			.contradict(this.claims.findById(denied.getId()).orElseThrow()));
	}

	public void counterSource(Claim claim, String url, String title, String quote) {
		this.tx.executeWithoutResult((
				status) -> this.claims.findById(claim.getId()).orElseThrow().addCounterSource(null, url, title, quote));
	}

	/** Evidence that the actor is mentioned at the span of the article. */
	public void mention(Actor actor, Article article, int start, int end) {
		this.tx.executeWithoutResult((status) -> {
			Article managed = this.articles.findById(article.getId()).orElseThrow();
			this.evidence.save(Evidence.forActor(actor.getId(), managed, new TextSpan(start, end),
					managed.getBody().substring(start, end)));
		});
	}

	/**
	 * A claim by a speaker the article names only by a label, at a span of the article.
	 */
	public Claim labelledClaim(String label, String text, Event about, Article article, int start, int end) {
		return this.tx.execute((status) -> {
			Article managed = this.articles.findById(article.getId()).orElseThrow();
			Claim claim = Claim.extracted(null, label, text, managed, new TextSpan(start, end),
					managed.getBody().substring(start, end), List.of(), NOW);
			claim.about(this.events.getReferenceById(about.getId()));
			return this.claims.save(claim);
		});
	}

	/** Evidence that the event was drafted from the given passage of the article. */
	public Evidence evidence(Event event, Article article, String passage) {
		return this.tx.execute((status) -> {
			Article managed = this.articles.findById(article.getId()).orElseThrow();
			int at = managed.getBody().indexOf(passage);
			if (at < 0) {
				throw new IllegalArgumentException("The passage is not in the article");
			}
			return this.evidence
				.save(Evidence.forEvent(event.getId(), managed, new TextSpan(at, at + passage.length()), passage));
		});
	}

	/** An unreviewed claim found in the article, its evidence being the quoted words. */
	public Claim claimQuoting(Actor speaker, String text, Event about, Article article, String quoted) {
		return this.tx.execute((status) -> {
			Article managed = this.articles.findById(article.getId()).orElseThrow();
			int at = managed.getBody().indexOf(quoted);
			if (at < 0) {
				throw new IllegalArgumentException("The quote is not in the article");
			}
			Claim claim = Claim.extracted(this.actors.getReferenceById(speaker.getId()), null, text, managed,
					new TextSpan(at, at + quoted.length()), quoted, List.of(), NOW);
			claim.about(this.events.getReferenceById(about.getId()));
			return this.claims.save(claim);
		});
	}

}
