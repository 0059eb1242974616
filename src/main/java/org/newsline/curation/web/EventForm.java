package org.newsline.curation.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.curation.EditEvent;
import org.newsline.curation.EventDetails;
import org.newsline.event.DatePrecision;
import org.newsline.event.EventDate;
import org.newsline.event.ReviewStatus;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The event form of the desk, for a new event or an edit, carrying the version it was
 * opened at.
 */
record EventForm(
		@NotBlank(message = "Give the event a title") @Size(max = 300,
				message = "At most 300 characters") @Nullable String title,
		@Size(max = 5000, message = "At most 5000 characters") @Nullable String summary,
		@NotNull(message = "Give the day the event started, or the first day of its period") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate start,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate end,
		@NotNull(message = "Choose how precise the date is") @Nullable DatePrecision precision,
		@Nullable Boolean approximate, @Nullable List<String> actors, @Nullable ActorKind newActorKind,
		@Nullable List<String> tags, @NotNull(message = "Choose a status") @Nullable ReviewStatus status,
		long version) {

	EventForm {
		actors = (actors != null) ? new ArrayList<>(actors) : new ArrayList<>();
		tags = (tags != null) ? new ArrayList<>(tags) : new ArrayList<>();
	}

	static EventForm blank(LocalDate today) {
		return new EventForm("", "", today, null, DatePrecision.DAY, false, List.of(), ActorKind.PERSON, List.of(),
				ReviewStatus.DRAFT, 0);
	}

	static EventForm of(EventDetails event) {
		EventDate date = event.date();
		return new EventForm(event.title(), event.summary(), date.start(),
				date.end().equals(date.start()) ? null : date.end(), date.precision(), date.approximate(),
				event.actorNames(), ActorKind.PERSON, event.tags(), event.status(), event.version());
	}

	/**
	 * The rules Bean Validation cannot express, reported against the field they concern.
	 */
	void checkRules(Errors errors) {
		if (this.start == null || this.precision == null) {
			return;
		}
		if (this.end != null && this.end.isBefore(this.start)) {
			errors.rejectValue("end", "date.endBeforeStart", "The end cannot lie before the start");
		}
		else if (this.precision == DatePrecision.DAY && this.end != null && !this.end.equals(this.start)) {
			errors.rejectValue("end", "date.dayWithEnd",
					"A date known to the day has no different end: leave the end empty or choose another precision");
		}
		else if (this.precision == DatePrecision.RANGE && this.end == null) {
			errors.rejectValue("end", "date.rangeWithoutEnd", "A range needs an end");
		}
		else if (this.end != null && ChronoUnit.YEARS.between(this.start, this.end) > 100) {
			errors.rejectValue("end", "date.tooLong", "A date spans at most a hundred years");
		}
	}

	EditEvent toCommand() {
		LocalDate first = Objects.requireNonNull(this.start);
		DatePrecision exactness = Objects.requireNonNull(this.precision);
		LocalDate last = (this.end != null) ? this.end : switch (exactness) {
			case DAY, RANGE -> first;
			case WEEK -> first.plusDays(6);
			case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
			case YEAR -> first.withDayOfYear(first.lengthOfYear());
		};
		EventDate date = new EventDate(first, last, exactness, Boolean.TRUE.equals(this.approximate), null, null);
		return new EditEvent(Objects.requireNonNull(this.title), Objects.requireNonNullElse(this.summary, ""), date,
				Objects.requireNonNull(this.status), Objects.requireNonNull(this.actors),
				Objects.requireNonNullElse(this.newActorKind, ActorKind.PERSON), Objects.requireNonNull(this.tags),
				this.version);
	}

	/** The actor names entered, without the empty boxes. */
	public List<String> chosenActors() {
		return filled(this.actors);
	}

	public List<String> chosenTags() {
		return filled(this.tags);
	}

	private static List<String> filled(@Nullable List<String> values) {
		return (values == null) ? List.of()
				: values.stream().filter((v) -> v != null && !v.isBlank()).map(String::strip).toList();
	}

	/** The actor inputs to show: those chosen plus two empty ones. */
	public List<String> actorInputs() {
		return withBlanks(this.actors);
	}

	public List<String> tagInputs() {
		return withBlanks(this.tags);
	}

	private static List<String> withBlanks(@Nullable List<String> values) {
		List<String> inputs = new ArrayList<>();
		if (values != null) {
			values.stream().filter((v) -> v != null && !v.isBlank()).forEach(inputs::add);
		}
		inputs.add("");
		inputs.add("");
		return inputs;
	}

}
