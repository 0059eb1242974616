package org.newsline.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;
import org.newsline.actor.Actor;
import org.newsline.article.Article;
import org.newsline.event.Event;
import org.newsline.event.ReviewStatus;
import org.newsline.shared.Origin;
import org.newsline.shared.TextSpan;

/**
 * An attributed statement: who says what, where it was reported, the hedging around it,
 * and how it stands after checking.
 */
@Entity
@Audited
@Table(name = "claim")
public class Claim {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
	@SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "event_id")
	private @Nullable Event event;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "speaker_actor_id")
	private @Nullable Actor speaker;

	@Column(name = "speaker_label", length = 300)
	private @Nullable String speakerLabel;

	@Column(nullable = false)
	private String text;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private @Nullable Article article;

	@Column(name = "span_start")
	private @Nullable Integer spanStart;

	@Column(name = "span_end")
	private @Nullable Integer spanEnd;

	@Column
	private @Nullable String sentence;

	@Column(name = "stated_on")
	private @Nullable LocalDate statedOn;

	@Column(name = "hedge_cues", nullable = false)
	private String[] hedgeCues = new String[0];

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Verdict verdict = Verdict.UNVERIFIED;

	@Column(name = "verdict_rationale")
	private @Nullable String verdictRationale;

	/** True while the verdict is only the importer's suggestion, not an editor's. */
	@Column(name = "verdict_suggested", nullable = false)
	private boolean verdictSuggested;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ReviewStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Origin origin;

	@Column(nullable = false)
	private boolean edited;

	@ManyToMany
	@JoinTable(name = "claim_contradiction", joinColumns = @JoinColumn(name = "claim_id"),
			inverseJoinColumns = @JoinColumn(name = "contradicted_id"))
	private Set<Claim> contradicts = new LinkedHashSet<>();

	@OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<CounterSource> counterSources = new ArrayList<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Claim() {
		this.text = "";
		this.status = ReviewStatus.DRAFT;
		this.origin = Origin.EDITOR;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	private Claim(@Nullable Actor speaker, @Nullable String speakerLabel, String text, ReviewStatus status,
			Origin origin, Instant now) {
		if (speaker == null && (speakerLabel == null || speakerLabel.isBlank())) {
			throw new IllegalArgumentException("A claim needs a speaker: an actor or a label");
		}
		if (text.isBlank()) {
			throw new IllegalArgumentException("A claim needs a text");
		}
		this.speaker = speaker;
		this.speakerLabel = (speaker == null) ? speakerLabel : null;
		this.text = text.strip();
		this.status = status;
		this.origin = origin;
		this.edited = origin == Origin.EDITOR;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A claim the importer found in an article, with its evidence span. */
	public static Claim extracted(@Nullable Actor speaker, @Nullable String speakerLabel, String text, Article article,
			TextSpan span, String sentence, List<String> hedgeCues, Instant now) {
		if (span.end() > article.getBody().length()) {
			throw new IllegalArgumentException("The claim's span lies outside the article");
		}
		Claim claim = new Claim(speaker, speakerLabel, text, ReviewStatus.UNREVIEWED, Origin.IMPORT, now);
		claim.article = article;
		claim.spanStart = span.start();
		claim.spanEnd = span.end();
		claim.sentence = sentence;
		claim.hedgeCues = hedgeCues.toArray(String[]::new);
		return claim;
	}

	/** A claim an editor records by hand. */
	public static Claim recorded(@Nullable Actor speaker, @Nullable String speakerLabel, String text, Instant now) {
		return new Claim(speaker, speakerLabel, text, ReviewStatus.DRAFT, Origin.EDITOR, now);
	}

	/** An editor's verdict; anything but UNVERIFIED needs a rationale. */
	public void judge(Verdict verdict, @Nullable String rationale, Instant now) {
		if (verdict != Verdict.UNVERIFIED && (rationale == null || rationale.isBlank())) {
			throw new IllegalArgumentException("A verdict of " + verdict + " needs a rationale");
		}
		this.verdict = verdict;
		this.verdictRationale = (verdict == Verdict.UNVERIFIED) ? null : rationale.strip();
		this.verdictSuggested = false;
		touch(now);
	}

	/** The importer's suggestion that a claim is disputed; editors confirm or undo it. */
	public void suggestDisputed(String rationale) {
		if (this.verdict == Verdict.UNVERIFIED && !this.edited) {
			this.verdict = Verdict.DISPUTED;
			this.verdictRationale = rationale;
			this.verdictSuggested = true;
		}
	}

	public void contradict(Claim other) {
		if (other == this) {
			throw new IllegalArgumentException("A claim cannot contradict itself");
		}
		this.contradicts.add(other);
	}

	public void withdrawContradiction(Claim other) {
		this.contradicts.remove(other);
	}

	public CounterSource addCounterSource(@Nullable Article article, @Nullable String url, @Nullable String title,
			String quote) {
		CounterSource source = new CounterSource(this, article, url, title, quote);
		this.counterSources.add(source);
		return source;
	}

	public void removeCounterSource(CounterSource source) {
		this.counterSources.remove(source);
	}

	public void about(@Nullable Event event) {
		this.event = event;
	}

	public void statedOn(@Nullable LocalDate date) {
		this.statedOn = date;
	}

	public void edit(@Nullable Actor speaker, @Nullable String speakerLabel, String text, @Nullable Event event,
			Instant now) {
		if (speaker == null && (speakerLabel == null || speakerLabel.isBlank())) {
			throw new IllegalArgumentException("A claim needs a speaker: an actor or a label");
		}
		if (text.isBlank()) {
			throw new IllegalArgumentException("A claim needs a text");
		}
		this.speaker = speaker;
		this.speakerLabel = (speaker == null) ? speakerLabel.strip() : null;
		this.text = text.strip();
		this.event = event;
		touch(now);
	}

	/** The importer's refresh of a claim it made; a no-op once an editor touched it. */
	public boolean refresh(@Nullable Actor speaker, @Nullable String speakerLabel, String text, List<String> hedgeCues,
			TextSpan span, String sentence, Instant now) {
		if (this.edited) {
			return false;
		}
		this.speaker = speaker;
		this.speakerLabel = (speaker == null) ? speakerLabel : null;
		this.text = text;
		this.hedgeCues = hedgeCues.toArray(String[]::new);
		this.spanStart = span.start();
		this.spanEnd = span.end();
		this.sentence = sentence;
		this.updatedAt = now;
		return true;
	}

	public void publish(Instant now) {
		this.status = ReviewStatus.PUBLISHED;
		touch(now);
	}

	public void reject(Instant now) {
		this.status = ReviewStatus.REJECTED;
		touch(now);
	}

	public void replaceSpeaker(Actor loser, Actor winner) {
		if (loser.equals(this.speaker)) {
			this.speaker = winner;
		}
	}

	private void touch(Instant now) {
		this.edited = true;
		this.updatedAt = now;
	}

	public boolean isHedged() {
		return this.hedgeCues.length > 0;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public @Nullable Event getEvent() {
		return this.event;
	}

	public @Nullable Actor getSpeaker() {
		return this.speaker;
	}

	public @Nullable String getSpeakerLabel() {
		return this.speakerLabel;
	}

	public String getText() {
		return this.text;
	}

	public @Nullable Article getArticle() {
		return this.article;
	}

	public @Nullable TextSpan getSpan() {
		return (this.spanStart != null && this.spanEnd != null) ? new TextSpan(this.spanStart, this.spanEnd) : null;
	}

	public @Nullable String getSentence() {
		return this.sentence;
	}

	public @Nullable LocalDate getStatedOn() {
		return this.statedOn;
	}

	public List<String> getHedgeCues() {
		return List.of(this.hedgeCues);
	}

	public Verdict getVerdict() {
		return this.verdict;
	}

	public @Nullable String getVerdictRationale() {
		return this.verdictRationale;
	}

	public boolean isVerdictSuggested() {
		return this.verdictSuggested;
	}

	public ReviewStatus getStatus() {
		return this.status;
	}

	public Origin getOrigin() {
		return this.origin;
	}

	public boolean isEdited() {
		return this.edited;
	}

	public Set<Claim> getContradicts() {
		return Collections.unmodifiableSet(this.contradicts);
	}

	public List<CounterSource> getCounterSources() {
		return Collections.unmodifiableList(this.counterSources);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof Claim claim && this.id != null && Objects.equals(this.id, claim.getId()));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
