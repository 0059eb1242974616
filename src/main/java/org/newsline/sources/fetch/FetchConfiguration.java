package org.newsline.sources.fetch;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.IngestSettings;
import org.newsline.shared.SiteSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one fetcher, taking bodies up to the import's file limit and naming
 * Newsline and its public address in every request.
 */
@Configuration(proxyBeanMethods = false)
class FetchConfiguration {

	@Bean(destroyMethod = "close")
	WebFetcher webFetcher(FetchSettings settings, IngestSettings ingest, SiteSettings site,
			ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new WebFetcher(settings, ingest.maxFileBytes(),
				userAgent(settings, site.publicUrl(), (properties != null) ? properties.getVersion() : null));
	}

	/**
	 * {@code Newsline/VERSION (+PUBLIC-URL)}, unless the settings name another; the
	 * robots.txt rules for {@code Newsline} apply either way.
	 */
	static String userAgent(FetchSettings settings, @Nullable URI publicUrl, @Nullable String version) {
		if (!settings.userAgent().isBlank()) {
			return settings.userAgent().strip();
		}
		String product = "Newsline" + ((version != null) ? "/" + version : "");
		return (publicUrl != null) ? product + " (+" + publicUrl + ")" : product;
	}

}
