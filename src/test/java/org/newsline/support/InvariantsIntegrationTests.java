package org.newsline.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsline.ingest.ArticleImporter;
import org.newsline.ingest.ImportRun;

import org.newsline.infrastructure.database.EmbeddedCredentials;
import org.newsline.infrastructure.database.EmbeddedDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The invariant checker passes on the seed articles freshly imported and names the rule a
 * damaged row breaks. Each damage is done in a transaction that is rolled back.
 */
@NewslineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvariantsIntegrationTests {

	@Autowired
	ArticleImporter importer;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	DataSource dataSource;

	@Autowired
	ObjectProvider<EmbeddedDatabase> embedded;

	/**
	 * A connection that may switch foreign key triggers off: the embedded database's
	 * superuser (the application's role may not), or the container's user, which is one.
	 */
	private Connection damaging() throws SQLException {
		EmbeddedDatabase database = this.embedded.getIfAvailable();
		if (database == null) {
			return this.dataSource.getConnection();
		}
		return DriverManager.getConnection(database.jdbcUrl(), EmbeddedCredentials.SUPERUSER,
				database.credentials().superuserPassword());
	}

	@BeforeAll
	void importSeeds() {
		this.cleaner.clean();
		this.importer.importFolder(Path.of("seeds"), ImportRun.Trigger.CLI, "test");
	}

	@AfterAll
	void leaveNothingBehind() {
		this.cleaner.clean();
	}

	@Test
	void holdAfterAFreshImportOfTheSeeds() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(Invariants.violations(connection)).isEmpty();
			Map<String, Long> counts = Invariants.counts(connection);
			assertThat(counts).containsEntry("article", 4L);
			assertThat(counts).extractingByKeys("event", "actor", "claim", "event_source", "evidence")
				.allSatisfy((count) -> assertThat(count).isPositive());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("damages")
	void nameTheRuleADamagedRowBreaks(String rule, List<String> damage) throws SQLException {
		try (Connection connection = damaging()) {
			connection.setAutoCommit(false);
			try {
				try (Statement statement = connection.createStatement()) {
					for (String sql : damage) {
						statement.execute(sql);
					}
				}
				assertThat(Invariants.violations(connection)).anySatisfy((found) -> assertThat(found).startsWith(rule));
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
			assertThat(Invariants.violations(connection)).isEmpty();
		}
	}

	static Stream<Arguments> damages() {
		return Stream.of(arguments("event source whose quote does not occur in its article", List.of("""
				update event_source set quote = quote || ' and more'
				where id = (select min(id) from event_source where article_id is not null)""")),
				arguments("evidence whose offsets fall outside its article", List.of("""
						update evidence set span_end = span_end + 100000 where id = (select min(id) from evidence)""")),
				arguments("evidence whose passage is not in the sentence it stores",
						List.of("update evidence set sentence = 'x' where id = (select min(id) from evidence)")),
				arguments("claim whose offsets fall outside its article", List.of("""
						update claim set span_end = span_end + 100000
						where id = (select min(id) from claim where span_start is not null)""")),
				// foreign keys would refuse an orphan: switch their triggers off for the
				// transaction
				arguments("participation of a missing event",
						List.of("set local session_replication_role = replica", """
								insert into participation (id, event_id, actor_id, role, origin)
								values (-1, -1, (select min(id) from actor), 'agent', 'IMPORT')""")),
				arguments("evidence for a missing claim", List.of("set local session_replication_role = replica",
						"update evidence set claim_id = -1 where id = (select min(id) from evidence where kind = 'CLAIM')")),
				arguments("event whose latest revision is missing or differs from it", List.of("""
						update event set title = title || ' (changed behind the audit)'
						where id = (select min(id) from event)""")),
				arguments("revision that records no change",
						List.of("insert into revision (id, created_at, username) values (-1, now(), 'nobody')")),
				arguments("import run still queued or running",
						List.of("update import_run set status = 'RUNNING', finished_at = null")),
				arguments("article no import reports as imported", List.of("delete from import_file")));
	}

}
