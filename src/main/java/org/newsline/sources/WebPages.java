package org.newsline.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.newsline.sources.fetch.FetchRefused;
import org.newsline.sources.fetch.Fetched;
import org.newsline.sources.fetch.WebAddresses;

/**
 * The address an article is kept under: the page's own canonical address
 * ({@code <link rel=canonical>}, else {@code og:url}) when it names one on the same site,
 * else the address it was fetched from; tracking parameters stripped either way, so one
 * article reached through several links is one article.
 */
final class WebPages {

	private WebPages() {
	}

	static String key(Fetched fetched) {
		URI canonical = fetched.html() ? canonical(fetched) : null;
		return WebAddresses.key((canonical != null) ? canonical : fetched.url());
	}

	private static @Nullable URI canonical(Fetched fetched) {
		Document page;
		try {
			page = Jsoup.parse(new ByteArrayInputStream(fetched.body()), fetched.charset(), fetched.url().toString());
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
		for (String link : new String[] { href(page.selectFirst("link[rel~=(?i)^canonical$][href]")),
				content(page.selectFirst("meta[property=og:url][content]")) }) {
			if (link == null || link.isBlank()) {
				continue;
			}
			try {
				URI uri = WebAddresses.resolve(fetched.url(), link);
				// a page may not claim another site's article as its own
				if (site(uri).equals(site(fetched.url()))) {
					return uri;
				}
			}
			catch (FetchRefused ex) {
				// not a web address: the fetched address stands
			}
		}
		return null;
	}

	private static @Nullable String href(@Nullable Element element) {
		return (element != null) ? element.attr("href") : null;
	}

	private static @Nullable String content(@Nullable Element element) {
		return (element != null) ? element.attr("content") : null;
	}

	private static String site(URI uri) {
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		return host.startsWith("www.") ? host.substring(4) : host;
	}

}
