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
import org.newsline.claim.ClaimRepository;
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.event.EventRepository;
import org.newsline.shared.Origin;
import org.newsline.shared.Slugs;
import org.newsline.shared.TextSpan;

import org.springframework.boot.test.context.TestComponent;
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

	Fixtures(ArticleRepository articles, ActorRepository actors, EventRepository events, ClaimRepository claims,
			TransactionTemplate tx) {
		this.articles = articles;
		this.actors = actors;
		this.events = events;
		this.claims = claims;
		this.tx = tx;
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

	/** An unreviewed event citing the whole body of each article given, with the actors as agents. */
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

}
