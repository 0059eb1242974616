package org.newsline.article;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.newsline.shared.TextSpan;

/**
 * The passage of an article an extracted fact came from: its offsets and sentence, and
 * the actor, event or claim it supports (referenced by id, since those live in other
 * modules).
 */
@Entity
@Table(name = "evidence")
public class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
	@SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id", nullable = false)
	private Article article;

	@Column(name = "span_start", nullable = false)
	private int spanStart;

	@Column(name = "span_end", nullable = false)
	private int spanEnd;

	@Column(nullable = false)
	private String sentence;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private EvidenceKind kind;

	@Column(name = "actor_id")
	private @Nullable Long actorId;

	@Column(name = "event_id")
	private @Nullable Long eventId;

	@Column(name = "claim_id")
	private @Nullable Long claimId;

	protected Evidence() {
		this.sentence = "";
		this.kind = EvidenceKind.EVENT;
	}

	private Evidence(Article article, TextSpan span, String sentence, EvidenceKind kind) {
		if (span.end() > article.getBody().length()) {
			throw new IllegalArgumentException("Evidence span " + span + " lies outside the article");
		}
		this.article = article;
		this.spanStart = span.start();
		this.spanEnd = span.end();
		this.sentence = sentence;
		this.kind = kind;
	}

	public static Evidence forActor(long actorId, Article article, TextSpan span, String sentence) {
		Evidence evidence = new Evidence(article, span, sentence, EvidenceKind.ACTOR);
		evidence.actorId = actorId;
		return evidence;
	}

	public static Evidence forEvent(long eventId, Article article, TextSpan span, String sentence) {
		Evidence evidence = new Evidence(article, span, sentence, EvidenceKind.EVENT);
		evidence.eventId = eventId;
		return evidence;
	}

	public static Evidence forClaim(long claimId, Article article, TextSpan span, String sentence) {
		Evidence evidence = new Evidence(article, span, sentence, EvidenceKind.CLAIM);
		evidence.claimId = claimId;
		return evidence;
	}

	/** Points this evidence at another actor or event, after a merge. */
	public void reassign(@Nullable Long actorId, @Nullable Long eventId) {
		if (this.kind == EvidenceKind.ACTOR && actorId != null) {
			this.actorId = actorId;
		}
		if (this.kind == EvidenceKind.EVENT && eventId != null) {
			this.eventId = eventId;
		}
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Article getArticle() {
		return this.article;
	}

	public TextSpan getSpan() {
		return new TextSpan(this.spanStart, this.spanEnd);
	}

	public String getSentence() {
		return this.sentence;
	}

	public EvidenceKind getKind() {
		return this.kind;
	}

	public @Nullable Long getActorId() {
		return this.actorId;
	}

	public @Nullable Long getEventId() {
		return this.eventId;
	}

	public @Nullable Long getClaimId() {
		return this.claimId;
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof Evidence evidence && this.id != null && Objects.equals(this.id, evidence.getId()));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
