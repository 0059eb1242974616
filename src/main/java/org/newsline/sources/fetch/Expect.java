package org.newsline.sources.fetch;

import java.util.Locale;
import java.util.Set;

/**
 * What a fetch is for, and so which answers it takes: article pages are HTML, XHTML or
 * plain text; feeds are XML; anything else is refused with its type named.
 */
public enum Expect {

	/** An article page. */
	PAGE("text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8",
			Set.of("text/html", "application/xhtml+xml", "text/plain"), "HTML, XHTML and plain text pages"),

	/** An RSS or Atom feed. */
	FEED("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8",
			Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
					"application/feed+xml"),
			"RSS, Atom and other XML feeds"),

	/** A host's robots.txt, of whatever type it comes as. */
	ROBOTS("text/plain", Set.of(), "plain text");

	private final String accept;

	private final Set<String> mediaTypes;

	private final String described;

	Expect(String accept, Set<String> mediaTypes, String described) {
		this.accept = accept;
		this.mediaTypes = mediaTypes;
		this.described = described;
	}

	String accept() {
		return this.accept;
	}

	boolean accepts(String mediaType) {
		return this == ROBOTS || this.mediaTypes.contains(mediaType.toLowerCase(Locale.ROOT));
	}

	String described() {
		return this.described;
	}

}
