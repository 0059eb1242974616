package org.newsline.timeline.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsline.actor.Actor;
import org.newsline.actor.ActorRepository;
import org.newsline.actor.Alias;
import org.newsline.article.Article;
import org.newsline.article.ArticleRepository;
import org.newsline.shared.NotFoundException;
import org.newsline.timeline.api.ApiJson.ActorJson;
import org.newsline.timeline.api.ApiJson.ArticleJson;
import org.newsline.timeline.api.ApiJson.ClaimJson;
import org.newsline.timeline.api.ApiJson.EventActorJson;
import org.newsline.timeline.api.ApiJson.EventJson;
import org.newsline.timeline.api.ApiJson.PageJson;
import org.newsline.timeline.api.ApiJson.SourceJson;
import org.newsline.timeline.api.ApiJson.SpeakerJson;
import org.newsline.timeline.model.ClaimView;
import org.newsline.timeline.model.EventCard;
import org.newsline.timeline.model.TimelineFilter;
import org.newsline.timeline.query.ReaderPages;
import org.newsline.timeline.query.Timeline;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the JSON API, each page in a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
class ApiQueries {

	private final Timeline timeline;

	private final ActorRepository actors;

	private final ReaderPages pages;

	private final ArticleRepository articles;

	ApiQueries(Timeline timeline, ReaderPages pages, ActorRepository actors, ArticleRepository articles) {
		this.timeline = timeline;
		this.pages = pages;
		this.actors = actors;
		this.articles = articles;
	}

	PageJson<EventJson> events(TimelineFilter filter, int page, int size) {
		return pageOf(this.timeline.page(filter, page, size).map(ApiQueries::eventJson));
	}

	EventJson event(long id) {
		return this.timeline.event(id).map(ApiQueries::eventJson).orElseThrow(() -> NotFoundException.of("Event", id));
	}

	PageJson<ActorJson> actors(int page, int size) {
		Page<Actor> found = this.actors.findCurrent(PageRequest.of(page, size, Sort.by("name", "id")));
		List<Long> ids = found.getContent().stream().map(Actor::getId).toList();
		Map<Long, Actor> withAliases = new LinkedHashMap<>();
		this.actors.findWithAliasesByIdIn(ids).forEach((actor) -> withAliases.put(actor.getId(), actor));
		return pageOf(found.map((actor) -> actorJson(withAliases.get(actor.getId()))));
	}

	ActorJson actor(long id) {
		return this.actors.findWithAliasesByIdIn(List.of(id))
			.stream()
			.filter((actor) -> actor.getMergedIntoId() == null)
			.findFirst()
			.map(ApiQueries::actorJson)
			.orElseThrow(() -> NotFoundException.of("Actor", id));
	}

	PageJson<ClaimJson> claims(int page, int size) {
		return pageOf(this.pages.claimPage(page, size).map(ApiQueries::claimJson));
	}

	PageJson<ArticleJson> articles(int page, int size) {
		return pageOf(this.articles.findAll(PageRequest.of(page, size, Sort.by("sourceKey", "id")))
			.map(ApiQueries::articleJson));
	}

	private static EventJson eventJson(EventCard card) {
		var date = card.date();
		return new EventJson(card.id(), card.slug(), card.title(), card.summary(), date.start(), date.end(),
				date.precision(), date.approximate(), date.phrase(), date.anchor(), card.status(),
				card.actors().stream().map((a) -> new EventActorJson(a.id(), a.name(), a.kind(), a.role())).toList(),
				card.tags().stream().map((t) -> t.name()).toList(),
				card.sources()
					.stream()
					.map((s) -> new SourceJson(s.articleId(), s.file(), s.outlet(), s.url(), s.quote(),
							s.independent()))
					.toList(),
				card.independentSources(), card.claimIds());
	}

	private static ActorJson actorJson(Actor actor) {
		List<String> aliases = actor.getAliases()
			.stream()
			.map(Alias::getName)
			.filter((name) -> !name.equals(actor.getName()))
			.toList();
		return new ActorJson(actor.getId(), actor.getSlug(), actor.getName(), actor.getKind(), actor.getDescription(),
				aliases);
	}

	private static ClaimJson claimJson(ClaimView claim) {
		return new ClaimJson(claim.id(),
				(claim.speakerId() != null) ? new SpeakerJson(claim.speakerId(), claim.speaker()) : null,
				claim.speakerLabel(), claim.text(), claim.verdict(), claim.status(), claim.hedged(), claim.hedgeCues(),
				claim.eventId(), claim.articleId(), claim.articleFile(),
				claim.contradicts().stream().map(ClaimView.Brief::id).toList());
	}

	private static ArticleJson articleJson(Article article) {
		return new ArticleJson(article.getId(), article.getSourceKey(), article.getOutlet(), article.getTitle(),
				article.getUrl(), article.getPublishedOn(), article.getPublishedSource().inferred());
	}

	private static <T> PageJson<T> pageOf(Page<T> page) {
		return new PageJson<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

}
