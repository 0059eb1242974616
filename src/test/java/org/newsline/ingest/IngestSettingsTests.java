package org.newsline.ingest;

import org.junit.jupiter.api.Test;
import org.newsline.infrastructure.database.EmbeddedDatabaseSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Startup refuses settings that make no sense instead of running with them.
 */
class IngestSettingsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void acceptsTheDefaults() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			IngestSettings settings = context.getBean(IngestSettings.class);
			assertThat(settings.seedFolder()).hasToString("seeds");
			assertThat(settings.seedOnFirstStart()).isTrue();
			assertThat(settings.maxFileBytes()).isEqualTo(5L * 1024 * 1024);
		});
	}

	@Test
	void refusesASimilarityAboveOne() {
		this.runner.withPropertyValues("newsline.import.same-report-similarity=5")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void refusesATinyFileLimit() {
		this.runner.withPropertyValues("newsline.import.max-file-bytes=10")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void refusesAnAnalysisLimitTooSmallForAnArticle() {
		this.runner.withPropertyValues("newsline.import.max-analysed-characters=100")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.run((context) -> assertThat(context.getBean(IngestSettings.class).maxAnalysedCharacters())
			.isEqualTo(50_000));
	}

	@Test
	void refusesToDropTheLanguageModelsBetweenTheFilesOfOneImport() {
		this.runner.withPropertyValues("newsline.import.models-idle-release=1s")
			.run((context) -> assertThat(context).hasFailed());
		this.runner
			.run((context) -> assertThat(context.getBean(IngestSettings.class).modelsIdleRelease()).hasMinutes(15));
	}

	@Test
	void refusesAnImpossibleDatabasePort() {
		this.runner.withPropertyValues("newsline.database.embedded.port=70000")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void refusesASweepOfAbandonedRunsMoreThanOnceASecond() {
		this.runner.withPropertyValues("newsline.import.sweep-interval=10ms")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void refusesAWatchdogThatChecksTheDatabaseWithoutPause() {
		this.runner.withPropertyValues("newsline.database.embedded.watchdog-interval=0s")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ IngestSettings.class, EmbeddedDatabaseSettings.class })
	static class Settings {

	}

}
