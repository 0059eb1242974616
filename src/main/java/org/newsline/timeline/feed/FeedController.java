package org.newsline.timeline.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.newsline.event.DatePrecision;
import org.newsline.event.EventDate;
import org.newsline.event.EventDateFormat;
import org.newsline.shared.PublicUrl;
import org.newsline.timeline.model.ActorRef;
import org.newsline.timeline.model.EventCard;
import org.newsline.timeline.model.TagRef;
import org.newsline.timeline.model.TimelineFilter;
import org.newsline.timeline.query.Timeline;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The filtered timeline for machines: an Atom feed of the newest events, every event as
 * CSV, and TimelineJS JSON.
 */
@RestController
class FeedController {

	static final int FEED_SIZE = 50;

	static final int EXPORT_LIMIT = 10_000;

	/**
	 * What a spreadsheet takes for the start of a formula (OWASP's CSV injection list); a
	 * text cell starting with one is neutralised.
	 */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final Timeline timeline;

	private final PublicUrl publicUrl;

	FeedController(Timeline timeline, PublicUrl publicUrl) {
		this.timeline = timeline;
		this.publicUrl = publicUrl;
	}

	@GetMapping(path = "/feed.atom", produces = "application/atom+xml")
	ResponseEntity<String> atom(TimelineFilter filter) throws FeedException {
		TimelineFilter newest = filter.withOrder(false);
		List<EventCard> events = this.timeline.list(newest, FEED_SIZE);
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(filter.isEmpty() ? "Newsline timeline" : "Newsline timeline (filtered)");
		feed.setDescription("Events from the Newsline timeline, newest first.");
		feed.setUri(absolute(newest.link("/feed.atom")));
		feed.setLink(absolute(newest.link("/")));
		feed.setLinks(List.of(link("self", absolute(newest.link("/feed.atom")), "application/atom+xml"),
				link("alternate", absolute(newest.link("/")), "text/html")));
		feed.setPublishedDate(
				Date.from(events.stream().map(EventCard::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH)));
		List<SyndEntry> entries = new ArrayList<>();
		for (EventCard event : events) {
			SyndEntry entry = new SyndEntryImpl();
			String url = absolute("/events/" + event.slug());
			entry.setTitle(EventDateFormat.label(event.date()) + ": " + event.title());
			entry.setLink(url);
			entry.setUri(url);
			entry.setUpdatedDate(Date.from(event.updatedAt()));
			entry.setPublishedDate(Date.from(event.updatedAt()));
			SyndContent summary = new SyndContentImpl();
			summary.setType("text/plain");
			summary.setValue(event.summary() + (event.unreviewed() ? " (Machine-extracted, not yet reviewed.)" : ""));
			entry.setDescription(summary);
			entries.add(entry);
		}
		feed.setEntries(entries);
		String xml = new SyndFeedOutput().outputString(feed);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(xml);
	}

	@GetMapping(path = "/export/events.csv", produces = "text/csv")
	ResponseEntity<String> csv(TimelineFilter filter) throws IOException {
		StringWriter out = new StringWriter();
		// Every cell quoted and every text cell that a spreadsheet would run as a formula
		// prefixed with a quote, as OWASP's CSV injection guidance describes.
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.RFC4180.builder()
					.setQuoteMode(QuoteMode.ALL)
					.setHeader("id", "slug", "title", "summary", "start", "end", "precision", "approximate", "date",
							"status", "actors", "tags", "independent_sources", "sources", "claims", "disputed", "url")
					.get())) {
			for (EventCard event : this.timeline.list(filter.withoutPosition(), EXPORT_LIMIT)) {
				EventDate date = event.date();
				printer.printRecord(event.id(), text(event.slug()), text(event.title()), text(event.summary()),
						date.start(), date.end(), date.precision(), date.approximate(),
						text(EventDateFormat.label(date)), event.status(),
						text(String.join("; ", event.actors().stream().map(ActorRef::name).toList())),
						text(String.join("; ", event.tags().stream().map(TagRef::name).toList())),
						event.independentSources(), event.sources().size(), event.claimIds().size(), event.disputed(),
						absolute("/events/" + event.slug()));
			}
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"newsline-events.csv\"")
			.body(out.toString());
	}

	@GetMapping(path = "/export/timelinejs.json", produces = "application/json")
	Map<String, Object> timelineJs(TimelineFilter filter) {
		List<Map<String, Object>> events = new ArrayList<>();
		for (EventCard event : this.timeline.list(filter.withOrder(true), EXPORT_LIMIT)) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("unique_id", event.slug());
			item.put("start_date", timelineDate(event.date(), event.date().start()));
			if (event.date().precision() != DatePrecision.DAY) {
				item.put("end_date", timelineDate(event.date(), event.date().end()));
			}
			item.put("display_date", EventDateFormat.label(event.date()));
			item.put("text", Map.of("headline", event.title(), "text", event.summary()));
			if (event.disputed()) {
				item.put("group", "Disputed");
			}
			events.add(item);
		}
		Map<String, Object> timeline = new LinkedHashMap<>();
		timeline.put("title", Map.of("text", Map.of("headline", "Newsline", "text", "A sourced timeline of events")));
		timeline.put("events", events);
		return timeline;
	}

	/**
	 * A TimelineJS date that names no day (or month) the event's precision does not know.
	 */
	private static Map<String, Object> timelineDate(EventDate date, LocalDate day) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("year", day.getYear());
		if (date.precision() != DatePrecision.YEAR) {
			value.put("month", day.getMonthValue());
		}
		if (date.precision() == DatePrecision.DAY || date.precision() == DatePrecision.WEEK
				|| date.precision() == DatePrecision.RANGE) {
			value.put("day", day.getDayOfMonth());
		}
		return value;
	}

	private static SyndLink link(String rel, String href, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	/** A text cell that no spreadsheet runs as a formula. */
	static String text(String value) {
		return (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

	private String absolute(String pathAndQuery) {
		return this.publicUrl.of(pathAndQuery);
	}

}
