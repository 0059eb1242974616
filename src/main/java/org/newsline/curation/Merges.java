package org.newsline.curation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.newsline.actor.Actor;
import org.newsline.actor.ActorRepository;
import org.newsline.actor.ActorSlugs;
import org.newsline.actor.Alias;
import org.newsline.article.Article;
import org.newsline.article.EvidenceRepository;
import org.newsline.claim.ClaimRepository;
import org.newsline.event.Event;
import org.newsline.event.EventRepository;
import org.newsline.event.EventSlugs;
import org.newsline.event.EventSource;
import org.newsline.event.Participation;
import org.newsline.event.Tag;
import org.newsline.shared.NotFoundException;
import org.newsline.shared.TextSpan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges duplicates: the losing event or actor hands everything to the winner, and its
 * slug becomes a former slug of the winner so old links still lead somewhere.
 */
@Service
@Transactional(readOnly = true)
public class Merges {

	private final EventRepository events;

	private final ActorRepository actors;

	private final ClaimRepository claims;

	private final EvidenceRepository evidence;

	private final EventSlugs eventSlugs;

	private final ActorSlugs actorSlugs;

	private final Clock clock;

	Merges(EventRepository events, ActorRepository actors, ClaimRepository claims, EvidenceRepository evidence,
			EventSlugs eventSlugs, ActorSlugs actorSlugs, Clock clock) {
		this.events = events;
		this.actors = actors;
		this.claims = claims;
		this.evidence = evidence;
		this.eventSlugs = eventSlugs;
		this.actorSlugs = actorSlugs;
		this.clock = clock;
	}

	/** Moves the loser's sources, claims, actors, tags and evidence to the winner. */
	@Transactional
	public void mergeEvents(long winnerId, long loserId) {
		if (winnerId == loserId) {
			throw new RejectedInput("loserId", "Choose two different events");
		}
		// Both rows are held until commit, so a second merge of either waits and then
		// sees this one's outcome.
		Map<Long, Event> locked = new HashMap<>();
		this.events.findAllForUpdate(List.of(winnerId, loserId)).forEach((e) -> locked.put(e.getId(), e));
		Event winner = Optional.ofNullable(locked.get(winnerId))
			.orElseThrow(() -> NotFoundException.of("Event", winnerId));
		Event loser = Optional.ofNullable(locked.get(loserId))
			.orElseThrow(() -> NotFoundException.of("Event", loserId));
		if (winner.getMergedIntoId() != null) {
			throw new RejectedInput("winnerId", "This event was itself merged into another; choose that one");
		}
		if (loser.getMergedIntoId() != null) {
			throw new RejectedInput("loserId", "This event was already merged");
		}
		Instant now = Instant.now(this.clock);
		moveSources(loser, winner);
		for (Participation participation : List.copyOf(loser.getParticipations())) {
			winner.involve(participation.getActor(), participation.getRole(), participation.getOrigin());
			loser.release(participation.getActor());
		}
		for (Tag tag : Set.copyOf(loser.getTags())) {
			winner.tag(tag);
			loser.untag(tag);
		}
		// The loser's collections are empty now, so absorb only redirects and hides it: a
		// child moved between two orphan-removing collections would be deleted at flush.
		winner.absorb(loser, now);
		this.claims.findByEventIdIn(List.of(loserId)).forEach((claim) -> claim.about(winner));
		this.evidence.findByEventIdIn(List.of(loserId)).forEach((e) -> e.reassign(null, winnerId));
		this.events.flush();
		this.eventSlugs.redirect(loserId, loser.getSlug(), winnerId);
	}

	/** Moves the loser's aliases, participations, claims and evidence to the winner. */
	@Transactional
	public void mergeActors(long winnerId, long loserId) {
		if (winnerId == loserId) {
			throw new RejectedInput("loserId", "Choose two different actors");
		}
		Map<Long, Actor> locked = new HashMap<>();
		this.actors.findAllForUpdate(List.of(winnerId, loserId)).forEach((a) -> locked.put(a.getId(), a));
		Actor winner = Optional.ofNullable(locked.get(winnerId))
			.orElseThrow(() -> NotFoundException.of("Actor", winnerId));
		Actor loser = Optional.ofNullable(locked.get(loserId))
			.orElseThrow(() -> NotFoundException.of("Actor", loserId));
		if (winner.getMergedIntoId() != null) {
			throw new RejectedInput("winnerId", "This actor was itself merged into another; choose that one");
		}
		if (loser.getMergedIntoId() != null) {
			throw new RejectedInput("loserId", "This actor was already merged");
		}
		this.events.findInvolving(List.of(loserId)).forEach((event) -> event.replaceActor(loser, winner));
		this.claims.findBySpeakerId(loserId).forEach((claim) -> claim.replaceSpeaker(loser, winner));
		this.evidence.findByActorId(loserId).forEach((e) -> e.reassign(winnerId, null));
		for (Alias alias : List.copyOf(loser.getAliases())) {
			winner.addAlias(alias.getName(), alias.getOrigin());
			if (!alias.getName().equalsIgnoreCase(loser.getName())) {
				loser.removeAlias(alias.getName());
			}
		}
		// Every alias is copied first, for the reason given in mergeEvents.
		winner.absorb(loser);
		this.actors.flush();
		this.actorSlugs.redirect(loserId, loser.getSlug(), winnerId);
	}

	/**
	 * Copies each source to the winner, keeping which copies derive from which, and drops
	 * the loser's.
	 */
	private void moveSources(Event loser, Event winner) {
		Map<Long, EventSource> copies = new HashMap<>();
		for (EventSource source : loser.getSources()) {
			Article article = source.getArticle();
			TextSpan span = source.getSpan();
			EventSource copy = (article != null && span != null) ? winner.cite(article, span, source.getOrigin())
					: winner.citeLink(Objects.requireNonNull(source.getUrl()), source.getOutlet(), source.getTitle(),
							source.getPublishedOn(), source.getQuote(), source.getOrigin());
			copies.put(source.getId(), copy);
		}
		this.events.flush();
		for (EventSource source : List.copyOf(loser.getSources())) {
			EventSource copy = copies.get(source.getId());
			if (!source.isIndependent()) {
				EventSource original = copies.get(source.getDerivedFromId());
				Long derivedFrom = (original != null) ? original.getId() : null;
				if (derivedFrom != null && !derivedFrom.equals(copy.getId())) {
					copy.markDerivedFrom(derivedFrom);
				}
				else {
					copy.markDerived();
				}
			}
			loser.detach(source);
		}
	}

}
