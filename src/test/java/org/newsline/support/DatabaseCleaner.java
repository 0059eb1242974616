package org.newsline.support;

import org.newsline.shared.DataVersion;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties the domain tables between tests that go through HTTP, where a test transaction
 * would not reach the server's thread. Accounts and the schema history stay.
 */
@TestComponent
public class DatabaseCleaner {

	private final JdbcTemplate jdbc;

	private final DataVersion version;

	DatabaseCleaner(JdbcTemplate jdbc, DataVersion version) {
		this.jdbc = jdbc;
		this.version = version;
	}

	public void clean() {
		this.jdbc.execute(
				"""
						truncate table source_item, source_feed, evidence, counter_source, claim_contradiction, claim, event_source, event_tag, tag,
						participation, event_former_slug, event, actor_former_slug, actor_alias, actor, import_file,
						article, import_run,
						counter_source_aud, claim_contradiction_aud, claim_aud, event_source_aud, event_tag_aud, tag_aud,
						participation_aud, event_aud, actor_alias_aud, actor_aud, revision cascade""");
		// Truncation bypasses Hibernate, so the version that readers' caches key on is
		// moved by hand.
		this.version.bump();
	}

}
