package org.newsline.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the test context a real PostgreSQL: a Testcontainers {@code postgres:17} when a
 * Docker engine answers, otherwise the application's embedded PostgreSQL in a fresh
 * folder under {@code target/}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger logger = LoggerFactory.getLogger(TestDatabase.class);

	private static final Object lock = new Object();

	private static Map<String, Object> properties;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("newsline-test-database", properties()));
	}

	static Map<String, Object> properties() {
		synchronized (lock) {
			if (properties == null) {
				properties = dockerAvailable() ? container() : embedded();
			}
			return properties;
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource")
	private static Map<String, Object> container() {
		PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17");
		postgres.start();
		logger.info("Tests use PostgreSQL in a container at {}", postgres.getJdbcUrl());
		return Map.of("spring.datasource.url", postgres.getJdbcUrl(), "spring.datasource.username",
				postgres.getUsername(), "spring.datasource.password", postgres.getPassword());
	}

	private static Map<String, Object> embedded() {
		Path dataDir = Path.of("target", "test-postgres", UUID.randomUUID().toString()).toAbsolutePath();
		logger.info("No Docker engine: tests use the embedded PostgreSQL in {}", dataDir);
		return Map.of("newsline.database.embedded.data-dir", dataDir.toString());
	}

}
