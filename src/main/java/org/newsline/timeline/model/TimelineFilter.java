package org.newsline.timeline.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a reader asked the timeline for, bound from query parameters so that every view is
 * a link: free text, actors and tags (all must match), a date range, an outlet, only
 * disputed or only reviewed events, the state of knowledge on a day, the order and the
 * keyset position. Values a reader mistyped (a date that is no date) are ignored rather
 * than refused.
 */
public record TimelineFilter(@Nullable String q, List<String> actors, List<String> tags, @Nullable LocalDate from,
		@Nullable LocalDate to, @Nullable String outlet, boolean disputed, boolean reviewed, @Nullable LocalDate asOf,
		boolean oldestFirst, @Nullable Cursor after) {

	/** The query parameter names, shared by pages, feeds, exports and the JSON API. */
	public static final List<String> PARAMETERS = List.of("q", "actor", "tag", "from", "to", "outlet", "disputed",
			"reviewed", "asOf", "order", "after");

	private static final int MAX_VALUES = 10;

	public static final TimelineFilter NONE = new TimelineFilter(null, List.of(), List.of(), null, null, null, false,
			false, null, false, null);

	public TimelineFilter {
		q = blankToNull(q);
		if (q != null && q.length() > 200) {
			q = q.substring(0, 200);
		}
		actors = List.copyOf(actors.stream().filter((s) -> !s.isBlank()).distinct().limit(MAX_VALUES).toList());
		tags = List.copyOf(tags.stream().filter((s) -> !s.isBlank()).distinct().limit(MAX_VALUES).toList());
		outlet = blankToNull(outlet);
		if (from != null && to != null && to.isBefore(from)) {
			LocalDate swap = from;
			from = to;
			to = swap;
		}
	}

	/** Binds a filter from query parameters. */
	public static TimelineFilter of(Map<String, String[]> parameters) {
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		parameters.forEach((name, array) -> values.put(name, List.of(array)));
		return of(values);
	}

	/** Binds a filter from query parameters. */
	public static TimelineFilter of(MultiValueMap<String, String> values) {
		return new TimelineFilter(values.getFirst("q"), values.getOrDefault("actor", List.of()),
				values.getOrDefault("tag", List.of()), day(values.getFirst("from")), day(values.getFirst("to")),
				values.getFirst("outlet"), flag(values.getFirst("disputed")), flag(values.getFirst("reviewed")),
				day(values.getFirst("asOf")), "oldest".equals(values.getFirst("order")),
				Cursor.parse(values.getFirst("after")));
	}

	public boolean isEmpty() {
		return withoutPosition().withOrder(false).equals(NONE);
	}

	/** True when any filter narrows the events (order and position aside). */
	public boolean narrows() {
		return !isEmpty();
	}

	public TimelineFilter withoutPosition() {
		return new TimelineFilter(this.q, this.actors, this.tags, this.from, this.to, this.outlet, this.disputed,
				this.reviewed, this.asOf, this.oldestFirst, null);
	}

	public TimelineFilter after(@Nullable Cursor cursor) {
		return new TimelineFilter(this.q, this.actors, this.tags, this.from, this.to, this.outlet, this.disputed,
				this.reviewed, this.asOf, this.oldestFirst, cursor);
	}

	public TimelineFilter withOrder(boolean oldestFirst) {
		return new TimelineFilter(this.q, this.actors, this.tags, this.from, this.to, this.outlet, this.disputed,
				this.reviewed, this.asOf, oldestFirst, null);
	}

	public TimelineFilter withDates(@Nullable LocalDate from, @Nullable LocalDate to) {
		return new TimelineFilter(this.q, this.actors, this.tags, from, to, this.outlet, this.disputed, this.reviewed,
				this.asOf, this.oldestFirst, null);
	}

	public TimelineFilter withActor(String slug) {
		List<String> more = new ArrayList<>(this.actors);
		more.add(slug);
		return new TimelineFilter(this.q, more, this.tags, this.from, this.to, this.outlet, this.disputed,
				this.reviewed, this.asOf, this.oldestFirst, null);
	}

	public TimelineFilter withoutActor(String slug) {
		return new TimelineFilter(this.q, this.actors.stream().filter((s) -> !s.equals(slug)).toList(), this.tags,
				this.from, this.to, this.outlet, this.disputed, this.reviewed, this.asOf, this.oldestFirst, null);
	}

	public TimelineFilter withTag(String slug) {
		List<String> more = new ArrayList<>(this.tags);
		more.add(slug);
		return new TimelineFilter(this.q, this.actors, more, this.from, this.to, this.outlet, this.disputed,
				this.reviewed, this.asOf, this.oldestFirst, null);
	}

	public TimelineFilter withoutTag(String slug) {
		return new TimelineFilter(this.q, this.actors, this.tags.stream().filter((s) -> !s.equals(slug)).toList(),
				this.from, this.to, this.outlet, this.disputed, this.reviewed, this.asOf, this.oldestFirst, null);
	}

	public TimelineFilter withOutlet(@Nullable String outlet) {
		return new TimelineFilter(this.q, this.actors, this.tags, this.from, this.to, outlet, this.disputed,
				this.reviewed, this.asOf, this.oldestFirst, null);
	}

	/**
	 * This filter without one of its query parameters ("q", "disputed", "reviewed",
	 * "asOf", "outlet").
	 */
	public TimelineFilter without(String parameter) {
		return new TimelineFilter("q".equals(parameter) ? null : this.q, this.actors, this.tags, this.from, this.to,
				"outlet".equals(parameter) ? null : this.outlet, this.disputed && !"disputed".equals(parameter),
				this.reviewed && !"reviewed".equals(parameter), "asOf".equals(parameter) ? null : this.asOf,
				this.oldestFirst, null);
	}

	/** The query string (with a leading "?", or empty) that reproduces this filter. */
	public String query() {
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		add(values, "q", this.q);
		this.actors.forEach((slug) -> values.add("actor", slug));
		this.tags.forEach((slug) -> values.add("tag", slug));
		add(values, "from", this.from);
		add(values, "to", this.to);
		add(values, "outlet", this.outlet);
		if (this.disputed) {
			values.add("disputed", "true");
		}
		if (this.reviewed) {
			values.add("reviewed", "true");
		}
		add(values, "asOf", this.asOf);
		if (this.oldestFirst) {
			values.add("order", "oldest");
		}
		if (this.after != null) {
			values.add("after", this.after.toString());
		}
		if (values.isEmpty()) {
			return "";
		}
		return UriComponentsBuilder.newInstance().queryParams(values).encode().build().toUriString();
	}

	/** A link to a path with this filter's query string. */
	public String link(String path) {
		return path + query();
	}

	private static void add(MultiValueMap<String, String> values, String name, @Nullable Object value) {
		if (value != null) {
			values.add(name, value.toString());
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static boolean flag(@Nullable String value) {
		return value != null && List.of("true", "on", "1", "yes").contains(value.toLowerCase(Locale.ROOT));
	}

	private static @Nullable LocalDate day(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A position in the timeline: the start day and id of the last event shown. */
	public record Cursor(LocalDate start, long id) {

		static @Nullable Cursor parse(@Nullable String value) {
			if (value == null) {
				return null;
			}
			int separator = value.indexOf('_');
			if (separator < 0) {
				return null;
			}
			try {
				return new Cursor(LocalDate.parse(value.substring(0, separator)),
						Long.parseLong(value.substring(separator + 1)));
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		@Override
		public String toString() {
			return this.start + "_" + this.id;
		}

	}

}
