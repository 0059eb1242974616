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
				"newsline.rate-limit.pages=0", "newsline.rate-limit.api=0", "newsline.rate-limit.exports=0" })
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ DatabaseCleaner.class, FaultyPage.class, Fixtures.class, Statements.class })
public @interface NewslineIntegrationTest {

}
