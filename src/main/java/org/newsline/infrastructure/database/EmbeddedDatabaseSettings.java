package org.newsline.infrastructure.database;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the embedded PostgreSQL that runs when no external database is configured.
 *
 * @param dataDir where the database files live; kept across restarts
 * @param port the port to listen on, 0 for any free port
 * @param watchdogInterval how often the server process is checked; after two checks that
 * find it gone, it is started again
 */
@ConfigurationProperties("newsline.database.embedded")
@Validated
public record EmbeddedDatabaseSettings(@DefaultValue("data/postgres") @NotNull Path dataDir,
		@DefaultValue("0") @Min(0) @Max(65535) int port,
		@DefaultValue("5s") @NotNull @DurationMin(millis = 100) Duration watchdogInterval) {

}
