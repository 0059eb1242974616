package org.newsline.ingest.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.event.DatePrecision;

/**
 * What an importer produced, reduced to what the scorer compares: actors with their
 * surface forms, events with their date interval and the files citing them, and claims
 * with their file and speaker.
 */
public record Extracted(List<Actor> actors, List<Event> events, List<Claim> claims) {

	public Extracted {
		actors = List.copyOf(actors);
		events = List.copyOf(events);
		claims = List.copyOf(claims);
	}

	/** An actor's canonical name and its aliases. */
	public record Actor(String name, List<String> aliases) {

		public Actor {
			aliases = List.copyOf(aliases);
		}

		List<String> forms() {
			return Forms.concat(this.name, this.aliases);
		}

	}

	/** An event's wording, date interval and precision, and the files that report it. */
	public record Event(String title, String summary, LocalDate start, LocalDate end, DatePrecision precision,
			Set<String> files) {

		public Event {
			files = Set.copyOf(files);
		}

		boolean overlaps(LocalDate from, LocalDate to) {
			return !this.end.isBefore(from) && !to.isBefore(this.start);
		}

	}

	/**
	 * A claim's file and text, and its speaker: an actor (name and aliases) or a label.
	 */
	public record Claim(String file, String text, @Nullable Actor speaker, @Nullable String speakerLabel) {

		/** A claim whose speaker is an actor. */
		public static Claim byActor(String file, String text, Actor speaker) {
			return new Claim(file, text, speaker, null);
		}

		/** A claim whose speaker is a label such as "an unnamed official". */
		public static Claim byLabel(String file, String text, String label) {
			return new Claim(file, text, null, label);
		}

	}

}
