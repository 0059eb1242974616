package org.newsline.infrastructure.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL, watches that it keeps running, and points the data
 * source at it, unless an external database is configured through
 * {@code spring.datasource.url}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseSettings settings) {
		return EmbeddedDatabase.start(settings.dataDir(), settings.port());
	}

	@Bean(destroyMethod = "close")
	EmbeddedDatabaseWatchdog embeddedDatabaseWatchdog(EmbeddedDatabase database, EmbeddedDatabaseSettings settings) {
		return new EmbeddedDatabaseWatchdog(database, settings.watchdogInterval());
	}

	/**
	 * The pool takes the {@code spring.datasource.hikari.*} settings, as Boot's own
	 * would.
	 */
	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedDatabase database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(database.username());
		dataSource.setPassword(database.password());
		dataSource.setPoolName("newsline");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
