package org.newsline.timeline.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.newsline.actor.Actor;
import org.newsline.actor.ActorRepository;
import org.newsline.actor.Alias;
import org.newsline.article.Article;
import org.newsline.article.ArticleRepository;
import org.newsline.claim.Claim;
import org.newsline.claim.ClaimRepository;
import org.newsline.event.Event;
import org.newsline.event.ReviewStatus;
import org.newsline.shared.NotFoundException;
import org.newsline.timeline.EventCard;
import org.newsline.timeline.Timeline;
import org.newsline.timeline.TimelineFilter;
import org.newsline.timeline.api.ApiJson.ActorJson;
import org.newsline.timeline.api.ApiJson.ArticleJson;
import org.newsline.timeline.api.ApiJson.ClaimJson;
import org.newsline.timeline.api.ApiJson.EventActorJson;
import org.newsline.timeline.api.ApiJson.EventJson;
import org.newsline.timeline.api.ApiJson.PageJson;
import org.newsline.timeline.api.ApiJson.SourceJson;
import org.newsline.timeline.api.ApiJson.SpeakerJson;

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

	private final ClaimRepository claims;

	private final ArticleRepository articles;

	ApiQueries(Timeline timeline, ActorRepository actors, ClaimRepository claims, ArticleRepository articles) {
		this.timeline = timeline;
		this.actors = actors;
		this.claims = claims;
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
		// the pages' rule: only claims readers may see, and contradictions among them
		Set<ReviewStatus> visible = ReviewStatus.readerVisible();
		Page<Long> ids = this.claims.findIdsByStatusIn(visible, PageRequest.of(page, size, Sort.by("id")));
		List<Claim> loaded = ids.isEmpty() ? List.of() : this.claims.findForViewByIdIn(ids.getContent());
		Map<Long, List<Long>> contradicts = new LinkedHashMap<>();
		loaded.forEach((claim) -> contradicts.put(claim.getId(), new ArrayList<>()));
		if (!loaded.isEmpty()) {
			for (Object[] pair : this.claims.findContradictionPairs(contradicts.keySet(), visible)) {
				contradicts.get((Long) pair[0]).add((Long) pair[1]);
			}
		}
		List<ClaimJson> items = loaded.stream()
			.map((claim) -> claimJson(claim, contradicts.get(claim.getId())))
			.toList();
		return new PageJson<>(items, ids.getNumber(), ids.getSize(), ids.getTotalElements(), ids.getTotalPages());
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

	private static ClaimJson claimJson(Claim claim, List<Long> contradicts) {
		Actor speaker = claim.getSpeaker();
		Article article = claim.getArticle();
		return new ClaimJson(claim.getId(),
				(speaker != null) ? new SpeakerJson(speaker.getId(), speaker.getName()) : null, claim.getSpeakerLabel(),
				claim.getText(), claim.getVerdict(), claim.getStatus(), claim.isHedged(), claim.getHedgeCues(),
				visibleEventId(claim.getEvent()), (article != null) ? article.getId() : null,
				(article != null) ? article.getSourceKey() : null, contradicts);
	}

	/** The id of the event a claim is about, unless readers may not see that event. */
	private static @Nullable Long visibleEventId(@Nullable Event event) {
		return (event != null && event.getStatus().visibleToReaders() && event.getMergedIntoId() == null)
				? event.getId() : null;
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
