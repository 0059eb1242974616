package org.newsline.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.Actor;
import org.newsline.article.Article;
import org.newsline.claim.Claim;
import org.newsline.claim.ClaimRepository;
import org.newsline.claim.Verdict;
import org.newsline.event.Event;

import org.newsline.ingest.extract.ClaimStance;
import org.newsline.ingest.extract.Contradictions;

import org.springframework.stereotype.Component;

/**
 * Weighs a new article's claims against what other articles report, and suggests (never
 * decides) the disputes it finds: the same statement of one speaker reported elsewhere
 * shares its dispute; two speakers' claims about the same event that contradict each
 * other (one denying what the other asserts, opposite words) dispute each other; and so
 * do, in two tellings of the same story (articles reporting a common event), a denial and
 * a claim by another about its speaker, or two parties' different figures for one thing
 * ("the death toll has risen to 72", "has reduced the death toll to 68"). A claim an
 * editor touched is never marked; a new claim links to what it contradicts.
 */
@Component
class CrossArticleDisputes {

	/** How many days apart two reports of one statement may be published. */
	private static final int SAME_STATEMENT_DAYS = 7;

	private final ClaimRepository claims;

	CrossArticleDisputes(ClaimRepository claims) {
		this.claims = claims;
	}

	/** A claim just recorded, with how it stands. */
	record Recorded(Claim claim, ClaimStance stance) {
	}

	/**
	 * Links the new claims to those of other articles; returns how many links it made.
	 */
	int link(Article article, List<Recorded> recorded) {
		Set<Long> eventIds = new LinkedHashSet<>();
		Set<Long> speakerIds = new LinkedHashSet<>();
		for (Recorded entry : recorded) {
			if (entry.claim().getEvent() != null) {
				eventIds.add(entry.claim().getEvent().getId());
			}
			if (entry.claim().getSpeaker() != null) {
				speakerIds.add(entry.claim().getSpeaker().getId());
			}
		}
		List<Claim> aboutEvents = eventIds.isEmpty() ? List.of()
				: this.claims.findAboutEventsOutside(eventIds, article.getId());
		List<Claim> bySpeakers = List.of();
		LocalDate published = article.getPublishedOn();
		if (!speakerIds.isEmpty() && published != null) {
			bySpeakers = this.claims.findBySpeakersOutside(speakerIds, article.getId(),
					published.minusDays(SAME_STATEMENT_DAYS), published.plusDays(SAME_STATEMENT_DAYS));
		}
		List<Claim> inStory = this.claims.findInArticlesSharingAnEventWith(article.getId());
		int links = 0;
		for (Recorded entry : recorded) {
			links += shareDisputes(entry.claim(), bySpeakers);
			links += opposeAboutSameEvent(entry, aboutEvents);
			links += answerDenials(entry, inStory);
		}
		return links;
	}

	/**
	 * A denial and a claim by another about the one who denies, in two tellings of the
	 * same story (articles that report a common event): "Le Pen has denied any
	 * wrongdoing" and "The court found that Le Pen and others paid party assistants with
	 * EU funds".
	 */
	private int answerDenials(Recorded entry, List<Claim> inStory) {
		Claim claim = entry.claim();
		int links = 0;
		for (Claim other : inStory) {
			if (sameSpeaker(claim, other) || claim.getContradicts().contains(other)) {
				continue;
			}
			boolean answered = entry.stance() == ClaimStance.DENIAL && names(other, claim.getSpeaker())
					|| Contradictions.isDenial(other.getText()) && names(claim, other.getSpeaker())
					|| Contradictions.differentFigures(claim.getText(), other.getText());
			if (answered) {
				claim.contradict(other);
				claim.suggestDisputed("Contradicts " + speakerName(other) + ": “" + clip(other.getText()) + "”");
				other.suggestDisputed("Contradicted by " + speakerName(claim) + ": “" + clip(claim.getText()) + "”");
				links++;
			}
		}
		return links;
	}

	/**
	 * The same statement of one speaker reported in another article: a dispute of either
	 * report is a dispute of both.
	 */
	private int shareDisputes(Claim claim, List<Claim> bySpeakers) {
		int links = 0;
		for (Claim other : bySpeakers) {
			if (!sameSpeaker(claim, other)
					|| !Contradictions.sameStatement(claim.getText(), other.getText(), aboutOneEvent(claim, other))) {
				continue;
			}
			List<Claim> againstOther = disputants(other);
			List<Claim> againstClaim = disputants(claim);
			for (Claim disputant : againstOther) {
				if (disputant != claim && !sameSpeaker(disputant, claim)) {
					claim.contradict(disputant);
					links++;
				}
			}
			if (!againstOther.isEmpty() || other.getVerdict() == Verdict.DISPUTED) {
				claim.suggestDisputed("Disputed where " + other.getArticle().getSourceKey() + " reports the same: "
						+ clip(other.getText()));
			}
			if (!againstClaim.isEmpty()) {
				other.suggestDisputed("Disputed where " + claim.getArticle().getSourceKey() + " reports the same: "
						+ clip(claim.getText()));
			}
		}
		return links;
	}

	/**
	 * Two speakers' claims about one event that contradict each other, or a denial and a
	 * claim by another about its speaker.
	 */
	private int opposeAboutSameEvent(Recorded entry, List<Claim> aboutEvents) {
		Claim claim = entry.claim();
		if (claim.getEvent() == null) {
			return 0;
		}
		int links = 0;
		for (Claim other : aboutEvents) {
			if (other.getEvent() == null || !other.getEvent().getId().equals(claim.getEvent().getId())
					|| sameSpeaker(claim, other) || claim.getContradicts().contains(other)) {
				continue;
			}
			if (Contradictions.conflict(claim.getText(), other.getText())) {
				claim.contradict(other);
				claim.suggestDisputed("Contradicts " + speakerName(other) + ": “" + clip(other.getText()) + "”");
				other.suggestDisputed("Contradicted by " + speakerName(claim) + ": “" + clip(claim.getText()) + "”");
				links++;
			}
		}
		return links;
	}

	/**
	 * Whether two reports of a speaker's words are about one event: the same, or one that
	 * both reports' articles tell (an article may draft the remark and what it was about
	 * as two events where another drafts one).
	 */
	private static boolean aboutOneEvent(Claim first, Claim second) {
		Event one = first.getEvent();
		Event two = second.getEvent();
		if (one == null || two == null) {
			return false;
		}
		return one.getId().equals(two.getId()) || one.citesArticle(second.getArticle())
				|| two.citesArticle(first.getArticle());
	}

	/** The claims on the other side of a claim's contradictions, either way. */
	private List<Claim> disputants(Claim claim) {
		List<Claim> disputants = new ArrayList<>(claim.getContradicts());
		if (claim.getId() != null) {
			disputants.addAll(this.claims.findContradicting(claim.getId()));
		}
		return disputants;
	}

	/** Whether a claim's words name an actor, by its name or one of its aliases. */
	private static boolean names(Claim claim, @Nullable Actor actor) {
		if (actor == null) {
			return false;
		}
		String text = claim.getText().toLowerCase(java.util.Locale.ROOT);
		return actor.getAliases()
			.stream()
			.map((alias) -> alias.getName().toLowerCase(java.util.Locale.ROOT))
			.anyMatch((name) -> name.length() > 2 && text.contains(name))
				|| text.contains(actor.getName().toLowerCase(java.util.Locale.ROOT));
	}

	private static boolean sameSpeaker(Claim first, Claim second) {
		if (first.getSpeaker() != null || second.getSpeaker() != null) {
			return first.getSpeaker() != null && second.getSpeaker() != null
					&& first.getSpeaker().getId().equals(second.getSpeaker().getId());
		}
		return String.valueOf(first.getSpeakerLabel()).equalsIgnoreCase(String.valueOf(second.getSpeakerLabel()));
	}

	private static String speakerName(Claim claim) {
		Actor speaker = claim.getSpeaker();
		return (speaker != null) ? speaker.getName() : String.valueOf(claim.getSpeakerLabel());
	}

	private static String clip(String text) {
		return (text.length() <= 200) ? text : text.substring(0, 199).strip() + "…";
	}

}
