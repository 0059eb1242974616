package org.newsline.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.newsline.NewslineApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another instance of the application in the test's JVM, on the test context's database
 * and a port of its own, as a second node behind a load balancer would be.
 */
public final class OtherInstance {

	private OtherInstance() {
	}

	/** Starts an instance on the same database, with these extra properties. */
	public static ConfigurableApplicationContext start(DataSource dataSource, String... properties) {
		return new SpringApplicationBuilder(NewslineApplication.class)
			.properties(properties(dataSource, properties).toArray(String[]::new))
			.run();
	}

	/**
	 * Starts a worker, as {@code java -jar newsline.jar worker} does, on the same
	 * database, its health on any free port.
	 */
	public static ConfigurableApplicationContext worker(DataSource dataSource, String... properties) {
		List<String> all = new ArrayList<>(properties(dataSource, properties));
		all.add("newsline.import.worker-health-port=0");
		return NewslineApplication.worker(all.stream().map((property) -> "--" + property).toArray(String[]::new));
	}

	private static List<String> properties(DataSource dataSource, String... properties) {
		HikariDataSource database;
		try {
			database = dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + database.getJdbcUrl(),
				"spring.datasource.username=" + database.getUsername(),
				"spring.datasource.password=" + database.getPassword(), "server.port=0",
				"spring.main.register-shutdown-hook=false", "spring.main.banner-mode=off",
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
				"newsline.import.seed-on-first-start=false", "NEWSLINE_ADMIN_PASSWORD=integration-admin-pw",
				"newsline.rate-limit.pages=0", "newsline.rate-limit.api=0", "newsline.rate-limit.exports=0"));
		all.addAll(List.of(properties));
		return all;
	}

	/** The HTTP port of a web instance. */
	public static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

}
