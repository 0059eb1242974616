package org.newsline.timeline.web;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much work one anonymous client (one address, as the trusted proxies report it) may
 * ask of the reader side per period; the page cache's answers are never counted. 0 turns
 * a limit off.
 *
 * @param pages reader pages, feeds and API answers rendered anew (not from the page
 * cache) per period
 * @param exports CSV and TimelineJS exports (up to 10,000 events each, never cached) per
 * period
 * @param api JSON API answers rendered anew per period
 * @param period the period each limit refills over, evenly
 * @param maxClients how many clients' counters are kept at most; the least used are
 * dropped first
 */
@ConfigurationProperties("newsline.rate-limit")
@Validated
record RateLimitSettings(@DefaultValue("60") @Min(0) int pages, @DefaultValue("10") @Min(0) int exports,
		@DefaultValue("300") @Min(0) int api, @DefaultValue("1m") @NotNull @DurationMin(seconds = 1) Duration period,
		@DefaultValue("100000") @Min(100) @Max(10_000_000) int maxClients) {

}
