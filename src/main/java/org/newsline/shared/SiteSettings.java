package org.newsline.shared;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the site as a whole.
 *
 * @param publicUrl the address readers reach Newsline at, such as
 * {@code https://news.example.org}: absolute links in feeds, exports and structured data
 * are built from it, never from a request's {@code Host} header, and an {@code https}
 * address marks the session cookie {@code Secure} and turns on HSTS; unset, it is
 * {@code http://localhost:} and the server's port
 */
@ConfigurationProperties("newsline")
@Validated
public record SiteSettings(@Nullable URI publicUrl) {

	public SiteSettings {
		if (publicUrl != null && publicUrl.toString().isBlank()) {
			publicUrl = null;
		}
		if (publicUrl != null) {
			String scheme = publicUrl.getScheme();
			if (!("http".equals(scheme) || "https".equals(scheme)) || publicUrl.getHost() == null
					|| publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null) {
				throw new IllegalArgumentException(
						"newsline.public-url must be an http or https address without query or fragment, such as "
								+ "https://news.example.org");
			}
		}
	}

}
