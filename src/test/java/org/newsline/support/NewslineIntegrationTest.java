package org.newsline.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one way integration tests start Newsline: the whole application on a random port,
 * against a real PostgreSQL. Every test using it shares one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
				"newsline.import.seed-on-first-start=false", "NEWSLINE_ADMIN_PASSWORD=integration-admin-pw",
				// every test calls from 127.0.0.1: the limits are tested on the packaged
				// jar
				"newsline.rate-limit.pages=0", "newsline.rate-limit.api=0", "newsline.rate-limit.exports=0",
				// the web sources' tests serve their pages from the loopback address
				"newsline.fetch.allowed-networks=127.0.0.0/8", "newsline.fetch.host-delay=0s",
				// feeds are polled when a test says so, not on a timer
				"newsline.sources.polling=false" })
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ DatabaseCleaner.class, FaultyPage.class, Fixtures.class, Statements.class })
public @interface NewslineIntegrationTest {

}
