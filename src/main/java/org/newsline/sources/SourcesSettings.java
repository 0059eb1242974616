package org.newsline.sources;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Newsline follows its web sources.
 *
 * @param polling whether this instance polls due feeds and imports waiting addresses on
 * its own (several instances may: each feed is polled by one at a time)
 * @param tick how often this instance looks for due feeds and waiting addresses
 * @param defaultPollMinutes the polling interval a new feed gets unless the admin picks
 * another
 */
@ConfigurationProperties("newsline.sources")
@Validated
public record SourcesSettings(@DefaultValue("true") boolean polling,
		@DefaultValue("30s") @NotNull @DurationMin(seconds = 1) Duration tick,
		@DefaultValue("15") @Min(5) @Max(1440) int defaultPollMinutes) {
}
