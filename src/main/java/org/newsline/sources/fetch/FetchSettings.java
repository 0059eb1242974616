package org.newsline.sources.fetch;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Newsline fetches from the web. The largest body taken is the import's own file
 * limit, {@code newsline.import.max-file-bytes}, counted on the decoded bytes.
 *
 * @param allowedNetworks address blocks (such as {@code 10.20.0.0/16}) the fetcher may
 * reach although they are not public; empty by default, so only public addresses are
 * fetched
 * @param userAgent the {@code User-Agent} sent; empty means {@code Newsline/VERSION
 * (+PUBLIC-URL)}, with {@code newsline.public-url}
 * @param connectTimeout how long a connection may take to open
 * @param totalTimeout how long one document may take, redirects and body included
 * @param maxRedirects how many redirects one fetch follows, each checked again
 * @param hostDelay the pause between two requests to one host (a longer
 * {@code Crawl-delay} in its robots.txt wins, up to a minute)
 * @param robotsCacheTime how long a host's robots.txt is kept before it is read again
 */
@ConfigurationProperties("newsline.fetch")
@Validated
public record FetchSettings(@DefaultValue List<String> allowedNetworks, @DefaultValue("") String userAgent,
		@DefaultValue("5s") @NotNull @DurationMin(millis = 100) @DurationMax(minutes = 5) Duration connectTimeout,
		@DefaultValue("20s") @NotNull @DurationMin(millis = 100) @DurationMax(minutes = 10) Duration totalTimeout,
		@DefaultValue("5") @Min(0) @Max(20) int maxRedirects,
		@DefaultValue("1s") @NotNull @DurationMax(minutes = 1) Duration hostDelay,
		@DefaultValue("1h") @NotNull @DurationMin(seconds = 1) Duration robotsCacheTime) {

	public FetchSettings {
		// every block is checked at startup, so a typo stops the application instead of
		// silently allowing nothing
		AddressPolicy.allowing(allowedNetworks);
	}

}
