package org.newsline.infrastructure.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.shared.DataVersion;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database: a change committed by one makes the other's pages stale
 * within a second, so neither answers "not modified" for data the other changed.
 */
@NewslineIntegrationTest
class DataVersionBroadcastIntegrationTests {

	@Autowired
	DataVersion here;

	@Autowired
	DataSource dataSource;

	private final DataVersion there = new DataVersion(Clock.systemUTC());

	private DataVersionBroadcast otherInstance;

	@BeforeEach
	void startOtherInstance() throws InterruptedException {
		this.otherInstance = new DataVersionBroadcast(this.there, this.dataSource);
		this.otherInstance.start();
		assertThat(within(Duration.ofSeconds(10), this.otherInstance::listening)).as("other instance listening")
			.isTrue();
	}

	@AfterEach
	void stopOtherInstance() {
		this.otherInstance.stop();
	}

	@Test
	void aChangeHereReachesTheOtherInstance() throws InterruptedException {
		long before = this.there.current();
		this.here.bump();
		assertThat(within(Duration.ofSeconds(5), () -> this.there.current() > before)).isTrue();
	}

	@Test
	void aChangeThereReachesThisInstance() throws InterruptedException {
		long before = this.here.current();
		this.there.bump();
		assertThat(within(Duration.ofSeconds(5), () -> this.here.current() > before)).isTrue();
	}

	@Test
	void anInstanceIsNotWokenByItsOwnAnnouncements() throws InterruptedException {
		long hereBefore = this.here.current();
		this.there.bump();
		assertThat(within(Duration.ofSeconds(5), () -> this.here.current() > hereBefore)).as("announced").isTrue();
		long settled = this.there.current();
		Thread.sleep(1000);
		assertThat(this.there.current()).isEqualTo(settled);
	}

	private static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(20);
		}
		return condition.getAsBoolean();
	}

}
