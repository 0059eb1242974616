package org.newsline.curation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.jspecify.annotations.Nullable;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorRepository;
import org.newsline.actor.Alias;
import org.newsline.claim.Claim;
import org.newsline.claim.ClaimRepository;
import org.newsline.event.Event;
import org.newsline.event.EventDateFormat;
import org.newsline.event.EventRepository;
import org.newsline.event.EventSource;
import org.newsline.event.Participation;
import org.newsline.event.Tag;
import org.newsline.shared.NotFoundException;
import org.newsline.shared.audit.Revision;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision history of events, claims and actors from Envers: who changed what when, a
 * field-by-field comparison of any two revisions, and reverting to an earlier one.
 */
@Service
@Transactional(readOnly = true)
public class History {

	private final EntityManager entityManager;

	private final EventRepository events;

	private final ClaimRepository claims;

	private final ActorRepository actors;

	private final Clock clock;

	History(EntityManager entityManager, EventRepository events, ClaimRepository claims, ActorRepository actors,
			Clock clock) {
		this.entityManager = entityManager;
		this.events = events;
		this.claims = claims;
		this.actors = actors;
		this.clock = clock;
	}

	/** What kinds of record have a history, by their path segment. */
	public enum Kind {

		EVENT(Event.class), CLAIM(Claim.class), ACTOR(Actor.class);

		private final Class<?> type;

		Kind(Class<?> type) {
			this.type = type;
		}

		public String label() {
			return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
		}

	}

	/** One revision: its number, author and time. */
	public record Entry(long revision, String author, Instant at) {

		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH)
			.withZone(ZoneOffset.UTC);

		public String when() {
			return WHEN.format(this.at);
		}

	}

	/** One field compared between two revisions. */
	public record FieldChange(String field, String before, String after) {

		public boolean changed() {
			return !this.before.equals(this.after);
		}

	}

	/** The revisions of one record, oldest first, with its current version and name. */
	public record Timeline(Kind kind, long id, String name, long version, List<Entry> entries) {
	}

	public Timeline revisions(Kind kind, long id) {
		AuditReader reader = reader();
		List<Entry> entries = new ArrayList<>();
		for (Number revision : reader.getRevisions(kind.type, id)) {
			Revision info = reader.findRevision(Revision.class, revision);
			entries.add(new Entry(revision.longValue(), info.getUsername(), info.getCreatedAt()));
		}
		return new Timeline(kind, id, currentName(kind, id), currentVersion(kind, id), entries);
	}

	/** The fields of the record at two revisions, in a fixed order. */
	public List<FieldChange> diff(Kind kind, long id, long from, long to) {
		Map<String, String> before = snapshot(kind, id, from);
		Map<String, String> after = snapshot(kind, id, to);
		List<FieldChange> changes = new ArrayList<>();
		for (Map.Entry<String, String> field : after.entrySet()) {
			changes.add(new FieldChange(field.getKey(), before.getOrDefault(field.getKey(), ""), field.getValue()));
		}
		return changes;
	}

	/**
	 * Puts the record's editable fields back as they were at the revision, as a new
	 * revision.
	 */
	@Transactional
	public void revert(Kind kind, long id, long revision, long version) {
		Instant now = Instant.now(this.clock);
		AuditReader reader = reader();
		switch (kind) {
			case EVENT -> {
				Event event = this.events.findForUpdate(id).orElseThrow(() -> NotFoundException.of("Event", id));
				EditConflict.check("Event", id, version, event.getVersion());
				Event old = found(reader.find(Event.class, id, revision), kind, id);
				event.edit(old.getTitle(), old.getSummary(), old.getDate(), now);
				if (old.getStatus() != event.getStatus()) {
					switch (old.getStatus()) {
						case PUBLISHED -> event.publish(now);
						case REJECTED -> event.reject(now);
						case DRAFT, UNREVIEWED -> event.returnToDraft(now);
					}
				}
			}
			case CLAIM -> {
				Claim claim = this.claims.findForUpdate(id).orElseThrow(() -> NotFoundException.of("Claim", id));
				EditConflict.check("Claim", id, version, claim.getVersion());
				Claim old = found(reader.find(Claim.class, id, revision), kind, id);
				Actor speaker = (old.getSpeaker() != null)
						? this.actors.findById(Objects.requireNonNull(old.getSpeaker().getId())).orElse(null) : null;
				Event event = (old.getEvent() != null)
						? this.events.findById(Objects.requireNonNull(old.getEvent().getId())).orElse(null) : null;
				String label = (speaker == null && old.getSpeakerLabel() == null) ? claim.getSpeakerLabel()
						: old.getSpeakerLabel();
				claim.edit((speaker == null && label == null) ? claim.getSpeaker() : speaker, label, old.getText(),
						event, now);
				claim.judge(old.getVerdict(), old.getVerdictRationale(), now);
			}
			case ACTOR -> {
				Actor actor = this.actors.findForUpdate(id).orElseThrow(() -> NotFoundException.of("Actor", id));
				EditConflict.check("Actor", id, version, actor.getVersion());
				Actor old = found(reader.find(Actor.class, id, revision), kind, id);
				actor.edit(old.getName(), old.getKind(), old.getDescription());
			}
		}
	}

	private Map<String, String> snapshot(Kind kind, long id, long revision) {
		Object old = found(reader().find(kind.type, id, revision), kind, id);
		Map<String, String> fields = new LinkedHashMap<>();
		if (old instanceof Event event) {
			fields.put("Title", event.getTitle());
			fields.put("Summary", event.getSummary());
			fields.put("Date",
					EventDateFormat.label(event.getDate()) + " (" + event.getDate().start() + " to "
							+ event.getDate().end() + ", " + event.getDate().precision()
							+ (event.getDate().approximate() ? ", approximate" : "") + ")");
			fields.put("Status", event.getStatus().name());
			fields.put("Actors",
					event.getParticipations()
						.stream()
						.map(Participation::getActor)
						.map(Actor::getName)
						.sorted()
						.collect(Collectors.joining(", ")));
			fields.put("Tags", event.getTags().stream().map(Tag::getName).sorted().collect(Collectors.joining(", ")));
			fields.put("Sources", event.getSources().stream().map(History::describe).collect(Collectors.joining("\n")));
			fields.put("Merged into", text(event.getMergedIntoId()));
		}
		else if (old instanceof Claim claim) {
			fields.put("Text", claim.getText());
			fields.put("Speaker", (claim.getSpeaker() != null) ? claim.getSpeaker().getName()
					: Objects.requireNonNullElse(claim.getSpeakerLabel(), ""));
			fields.put("Event", (claim.getEvent() != null) ? claim.getEvent().getTitle() : "");
			fields.put("Verdict", claim.getVerdict().name());
			fields.put("Rationale", Objects.requireNonNullElse(claim.getVerdictRationale(), ""));
			fields.put("Status", claim.getStatus().name());
			fields.put("Counter-sources",
					claim.getCounterSources()
						.stream()
						.map((c) -> Objects.requireNonNullElse(c.getUrl(), "article") + ": " + c.getQuote())
						.collect(Collectors.joining("\n")));
			fields.put("Contradicts",
					claim.getContradicts().stream().map(Claim::getText).collect(Collectors.joining("\n")));
		}
		else if (old instanceof Actor actor) {
			fields.put("Name", actor.getName());
			fields.put("Kind", actor.getKind().name());
			fields.put("Description", Objects.requireNonNullElse(actor.getDescription(), ""));
			fields.put("Aliases",
					actor.getAliases().stream().map(Alias::getName).sorted().collect(Collectors.joining(", ")));
			fields.put("Merged into", text(actor.getMergedIntoId()));
		}
		return fields;
	}

	private static String describe(EventSource source) {
		String where = Objects.requireNonNullElse(source.getOutlet(),
				Objects.requireNonNullElse(source.getUrl(), "source"));
		return where + (source.isIndependent() ? "" : " (derived)") + ": “" + source.getQuote() + "”";
	}

	private String currentName(Kind kind, long id) {
		return switch (kind) {
			case EVENT ->
				this.events.findById(id).map(Event::getTitle).orElseThrow(() -> NotFoundException.of("Event", id));
			case CLAIM ->
				this.claims.findById(id).map(Claim::getText).orElseThrow(() -> NotFoundException.of("Claim", id));
			case ACTOR ->
				this.actors.findById(id).map(Actor::getName).orElseThrow(() -> NotFoundException.of("Actor", id));
		};
	}

	private long currentVersion(Kind kind, long id) {
		return switch (kind) {
			case EVENT -> this.events.findById(id).map(Event::getVersion).orElse(0L);
			case CLAIM -> this.claims.findById(id).map(Claim::getVersion).orElse(0L);
			case ACTOR -> this.actors.findById(id).map(Actor::getVersion).orElse(0L);
		};
	}

	private static <T> T found(@Nullable T old, Kind kind, long id) {
		if (old == null) {
			throw NotFoundException.of(kind.label() + " revision", id);
		}
		return old;
	}

	private static String text(@Nullable Object value) {
		return (value != null) ? value.toString() : "";
	}

	private AuditReader reader() {
		return AuditReaderFactory.get(this.entityManager);
	}

}
