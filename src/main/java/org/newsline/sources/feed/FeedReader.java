package org.newsline.sources.feed;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;

/**
 * Reads an RSS or Atom feed with ROME (which refuses document type declarations, and so
 * external entities) into its title and entries, newest as the feed lists them.
 */
public final class FeedReader {

	/** The most entries taken from one feed document. */
	public static final int MAX_ENTRIES = 200;

	private static final int MAX_TITLE = 300;

	private FeedReader() {
	}

	/** Reads a feed; throws {@link UnreadableFeed} with the reason when it is not one. */
	public static FeedContent read(byte[] body) throws UnreadableFeed {
		SyndFeed feed;
		try {
			SyndFeedInput input = new SyndFeedInput();
			input.setAllowDoctypes(false);
			feed = input.build(new InputSource(new ByteArrayInputStream(body)));
		}
		catch (FeedException | IllegalArgumentException ex) {
			throw new UnreadableFeed("not an RSS or Atom feed (" + firstLine(ex.getMessage()) + ")");
		}
		List<Entry> entries = new ArrayList<>();
		for (SyndEntry entry : feed.getEntries()) {
			if (entries.size() >= MAX_ENTRIES) {
				break;
			}
			String link = link(entry);
			entries.add(new Entry(link, clip(entry.getTitle()), day(entry.getPublishedDate()),
					instant(entry.getUpdatedDate())));
		}
		return new FeedContent(clip(feed.getTitle()), entries);
	}

	private static @Nullable String link(SyndEntry entry) {
		if (entry.getLink() != null && !entry.getLink().isBlank()) {
			return entry.getLink().strip();
		}
		for (SyndLink link : entry.getLinks()) {
			if (link.getHref() != null && (link.getRel() == null || link.getRel().equals("alternate"))) {
				return link.getHref().strip();
			}
		}
		String uri = entry.getUri();
		return (uri != null && (uri.startsWith("http://") || uri.startsWith("https://"))) ? uri.strip() : null;
	}

	private static @Nullable String clip(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = text.replaceAll("\\s+", " ").strip();
		return (plain.length() <= MAX_TITLE) ? plain : plain.substring(0, MAX_TITLE - 1) + "…";
	}

	private static @Nullable LocalDate day(@Nullable Date date) {
		return (date != null) ? date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate() : null;
	}

	private static @Nullable Instant instant(@Nullable Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "unreadable";
		}
		String line = message.lines().findFirst().orElse(message).strip();
		return (line.length() <= 200) ? line : line.substring(0, 199) + "…";
	}

	/** A feed's title and entries. */
	public record FeedContent(@Nullable String title, List<Entry> entries) {
	}

	/**
	 * One entry: its link (null when it has none), title, publication day and when it was
	 * last updated.
	 */
	public record Entry(@Nullable String link, @Nullable String title, @Nullable LocalDate published,
			@Nullable Instant updated) {
	}

	/** A document that is not a feed Newsline can read. */
	public static final class UnreadableFeed extends Exception {

		public UnreadableFeed(String reason) {
			super(reason, null, false, false);
		}

	}

}
