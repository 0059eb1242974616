package org.newsline.accounts;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in and session rules of editor and admin accounts.
 *
 * @param sessionLifetime how long a sign-in lasts at most, however busy the session; an
 * idle session ends sooner ({@code server.servlet.session.timeout})
 * @param trackedSignInFailures how many accounts and addresses with failed sign-ins the
 * throttle remembers at most; beyond that the least used are forgotten first
 */
@ConfigurationProperties("newsline.accounts")
@Validated
record AccountsSettings(@DefaultValue("12h") @NotNull @DurationMin(seconds = 1) Duration sessionLifetime,
		@DefaultValue("10000") @Min(10) @Max(10_000_000) int trackedSignInFailures) {

}
