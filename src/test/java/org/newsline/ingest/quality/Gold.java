package org.newsline.ingest.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.newsline.event.DatePrecision;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a careful human annotator finds in a set of articles: actors, dated events and
 * attributed claims, read from a JSON file such as {@code seeds-gold.json}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Gold(List<String> notes, List<Actor> actors, List<Event> events, List<Claim> claims) {

	/** Classpath location of the seed articles' gold file. */
	public static final String SEEDS = "/org/newsline/ingest/seeds-gold.json";

	private static final JsonMapper json = JsonMapper.builder().build();

	public Gold {
		notes = (notes != null) ? List.copyOf(notes) : List.of();
		actors = List.copyOf(actors);
		events = List.copyOf(events);
		claims = List.copyOf(claims);
	}

	/** Reads the gold file at a classpath location. */
	public static Gold load(String resource) {
		try (InputStream in = Gold.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No gold file at " + resource);
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads a gold file from a stream. */
	public static Gold read(InputStream in) {
		return json.readValue(in, Gold.class);
	}

	/** The gold actor one of whose forms folds like the given name, if any. */
	@Nullable Actor actorNamed(String name) {
		for (Actor actor : this.actors) {
			if (Forms.sameName(actor.forms(), List.of(name))) {
				return actor;
			}
		}
		return null;
	}

	/** A named person, organization, country or group, with its other surface forms. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Actor(String name, String kind, List<String> aliases) {

		public Actor {
			aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		}

		/** The canonical name followed by the aliases. */
		public List<String> forms() {
			return Forms.concat(this.name, this.aliases);
		}

	}

	/**
	 * A dated occurrence, the files that report it, and words any title or summary of it
	 * would contain.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Event(String id, String description, LocalDate start, LocalDate end, DatePrecision precision,
			List<String> files, List<String> keywords) {

		public Event {
			if (end.isBefore(start)) {
				throw new IllegalArgumentException("Gold event " + id + " ends before it starts");
			}
			files = List.copyOf(files);
			keywords = List.copyOf(keywords);
		}

	}

	/**
	 * An attributed statement: its speaker (an actor's name, or a label when
	 * {@code speakerIsLabel}), the file it is in, words of its wording, and whether the
	 * text hedges or contests it.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Claim(String speaker, boolean speakerIsLabel, String file, List<String> keywords, boolean hedged,
			boolean disputed) {

		public Claim {
			keywords = List.copyOf(keywords);
		}

	}

}
