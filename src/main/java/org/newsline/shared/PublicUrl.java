package org.newsline.shared;

import java.net.URI;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address readers reach Newsline at, from {@code newsline.public-url}: the one source
 * of absolute links, so that no request header can change where they point.
 */
@Component
public class PublicUrl {

	private final SiteSettings settings;

	private final Environment environment;

	PublicUrl(SiteSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
	}

	/**
	 * The base address without a trailing slash, such as
	 * {@code https://news.example.org}.
	 */
	public String base() {
		URI configured = this.settings.publicUrl();
		if (configured == null) {
			// the port the server really listens on, known once it has started
			String port = this.environment.getProperty("local.server.port",
					this.environment.getProperty("server.port", "8080"));
			return "http://localhost:" + port;
		}
		String base = configured.toString();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** An absolute link to a path (with its query), which starts with a slash. */
	public String of(String pathAndQuery) {
		return base() + pathAndQuery;
	}

	/** Whether readers reach Newsline over HTTPS only. */
	public boolean secure() {
		URI configured = this.settings.publicUrl();
		return configured != null && "https".equals(configured.getScheme());
	}

}
