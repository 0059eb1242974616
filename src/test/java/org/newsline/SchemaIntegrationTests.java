package org.newsline;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Flyway builds the whole schema from empty, and the database itself refuses values the
 * domain does not allow.
 */
@NewslineIntegrationTest
class SchemaIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migratesAnEmptyDatabaseToTheCurrentSchema() {
		List<String> applied = this.jdbc.queryForList(
				"select version from flyway_schema_history where success order by installed_rank", String.class);
		assertThat(applied).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
		assertThat(this.jdbc.queryForList("select extname from pg_extension", String.class)).contains("unaccent",
				"pg_trgm");
	}

	@Test
	void foldsAccentsForAliasLookup() {
		assertThat(this.jdbc.queryForObject("select newsline_fold('Nicolás MADURO')", String.class))
			.isEqualTo("nicolas maduro");
	}

	@Test
	void refusesAnUnknownEventStatus() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update("""
				insert into event (id, slug, title, summary, date_start, date_end, date_precision, status, origin,
				                   created_at, updated_at)
				values (nextval('event_seq'), 'x', 'X', '', date '2025-01-01', date '2025-01-01', 'DAY', 'LOST',
				        'IMPORT', now(), now())"""));
	}

	@Test
	void refusesADateIntervalThatEndsBeforeItStarts() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update("""
				insert into event (id, slug, title, summary, date_start, date_end, date_precision, status, origin,
				                   created_at, updated_at)
				values (nextval('event_seq'), 'y', 'Y', '', date '2025-02-01', date '2025-01-01', 'RANGE',
				        'DRAFT', 'EDITOR', now(), now())"""));
	}

	@Test
	void refusesAVerdictWithoutRationale() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update("""
				insert into claim (id, speaker_label, text, verdict, status, origin, created_at, updated_at)
				values (nextval('claim_seq'), 'an official', 'It happened.', 'FALSE', 'PUBLISHED', 'EDITOR',
				        now(), now())"""));
	}

	@Test
	void indexesTheTimelineAndFullTextSearch() {
		List<String> indexes = this.jdbc.queryForList("select indexname from pg_indexes where schemaname = 'public'",
				String.class);
		assertThat(indexes).contains("event_timeline_idx", "event_status_timeline_idx", "event_search_idx",
				"claim_search_idx", "actor_alias_match_key_idx", "actor_alias_fold_trgm_idx");
	}

}
