package org.newsline.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsline.article.Article;
import org.newsline.claim.ClaimRepository;
import org.newsline.claim.Verdict;
import org.newsline.event.Event;
import org.newsline.event.EventRepository;
import org.newsline.event.EventSource;
import org.newsline.event.Participation;
import org.newsline.event.Tag;

import org.springframework.stereotype.Component;

/**
 * Fills event cards for a page of events in a fixed number of queries, whatever the page
 * size: participations, sources, tags and claims are each loaded once for all events.
 */
@Component
class EventCards {

	private final EventRepository events;

	private final ClaimRepository claims;

	EventCards(EventRepository events, ClaimRepository claims) {
		this.events = events;
		this.claims = claims;
	}

	List<EventCard> of(List<Event> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		List<Long> ids = page.stream().map(Event::getId).toList();
		Map<Long, List<ActorRef>> actors = group(ids);
		for (Participation participation : this.events.findParticipations(ids)) {
			var actor = participation.getActor();
			actors.get(participation.getEvent().getId())
				.add(new ActorRef(actor.getId(), actor.getSlug(), actor.getName(), actor.getKind(), participation.getRole()));
		}
		Map<Long, List<SourceRef>> sources = group(ids);
		for (EventSource source : this.events.findSources(ids)) {
			sources.get(source.getEvent().getId()).add(sourceRef(source));
		}
		Map<Long, List<TagRef>> tags = group(ids);
		for (Object[] pair : this.events.findTagPairs(ids)) {
			Tag tag = (Tag) pair[1];
			tags.get((Long) pair[0]).add(new TagRef(tag.getSlug(), tag.getName()));
		}
		Map<Long, List<Long>> claimIds = group(ids);
		Map<Long, Boolean> disputed = new LinkedHashMap<>();
		for (Object[] row : this.claims.findIdsAndVerdictsByEventIds(ids)) {
			Long eventId = (Long) row[0];
			claimIds.get(eventId).add((Long) row[1]);
			if (DISPUTED.contains((Verdict) row[2])) {
				disputed.put(eventId, true);
			}
		}
		return page.stream()
			.map((event) -> new EventCard(event.getId(), event.getSlug(), event.getTitle(), event.getSummary(),
					event.getDate(), event.getStatus(), actors.get(event.getId()), tags.get(event.getId()),
					sources.get(event.getId()), claimIds.get(event.getId()),
					disputed.getOrDefault(event.getId(), false)))
			.toList();
	}

	private static final Set<Verdict> DISPUTED = Set.of(Verdict.DISPUTED, Verdict.FALSE);

	static SourceRef sourceRef(EventSource source) {
		Article article = source.getArticle();
		return new SourceRef(source.getId(), (article != null) ? article.getId() : null,
				(article != null) ? article.getSourceKey() : null, source.getOutlet(), source.getUrl(), source.getTitle(),
				source.getQuote(), source.isIndependent());
	}

	private static <T> Map<Long, List<T>> group(Collection<Long> ids) {
		Map<Long, List<T>> map = new LinkedHashMap<>();
		ids.forEach((id) -> map.put(id, new ArrayList<>()));
		return map;
	}

}
