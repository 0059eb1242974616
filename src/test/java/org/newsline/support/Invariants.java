package org.newsline.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

/**
 * What must hold of Newsline's database whatever happened to the application: every quote
 * and offset points into its article's text, no row refers to one that is gone, the audit
 * history agrees with the rows it describes, and every article came from an import that
 * finished. Plain JDBC, so tests that run the packaged jar can check its database as well
 * as tests inside the application.
 * <p>
 * Most references are also foreign keys; they are checked all the same, so the checker
 * keeps its meaning if a constraint is ever dropped or deferred. Offsets are Java string
 * offsets (UTF-16 units), as the importer computes them, so the text checks run here and
 * not in SQL, which counts characters.
 */
public final class Invariants {

	/** How many offending rows a violation names. */
	private static final int EXAMPLES = 5;

	private static final String[] AUDIT_TABLES = { "actor_aud", "actor_alias_aud", "event_aud", "participation_aud",
			"tag_aud", "event_tag_aud", "event_source_aud", "claim_aud", "claim_contradiction_aud",
			"counter_source_aud" };

	/** Rules written as a query that selects a description of each offending row. */
	private static final Map<String, String> RULES = rules();

	private Invariants() {
	}

	/** Fails listing every violation, unless there is none. */
	public static void assertHold(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			assertHold(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not check the database", ex);
		}
	}

	/** Fails listing every violation, unless there is none. */
	public static void assertHold(Connection connection) throws SQLException {
		List<String> violations = violations(connection);
		if (!violations.isEmpty()) {
			throw new AssertionError("The database is inconsistent:\n  " + String.join("\n  ", violations));
		}
	}

	/**
	 * Each rule broken, with how many rows break it and a few of them; empty when the
	 * database is consistent. Runs on the connection as it is, so a test can break rows
	 * in a transaction, check, and roll back.
	 */
	public static List<String> violations(Connection connection) throws SQLException {
		List<String> violations = new ArrayList<>();
		for (Map.Entry<String, String> rule : RULES.entrySet()) {
			List<String> offenders = select(connection, rule.getValue());
			if (!offenders.isEmpty()) {
				violations.add(describe(rule.getKey(), offenders));
			}
		}
		violations.addAll(textViolations(connection));
		return violations;
	}

	/**
	 * What an import produces, table by table: two databases that imported the same files
	 * have the same counts.
	 */
	public static Map<String, Long> counts(Connection connection) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("article", "event", "actor", "claim", "event_source", "participation",
				"actor_alias", "evidence", "claim_contradiction", "tag", "event_tag")) {
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("select count(*) from " + table)) {
				result.next();
				counts.put(table, result.getLong(1));
			}
		}
		return counts;
	}

	private static Map<String, String> rules() {
		Map<String, String> rules = new LinkedHashMap<>();
		// rows that refer to rows that are gone
		rules.put("participation of a missing event", missing("participation", "event_id", "event"));
		rules.put("participation of a missing actor", missing("participation", "actor_id", "actor"));
		rules.put("event source of a missing event", missing("event_source", "event_id", "event"));
		rules.put("event source quoting a missing article", missing("event_source", "article_id", "article"));
		rules.put("event source derived from a missing source",
				missing("event_source", "derived_from_id", "event_source"));
		rules.put("tag link of a missing event", """
				select 'event ' || x.event_id || ', tag ' || x.tag_id from event_tag x
				where not exists (select 1 from event e where e.id = x.event_id)""");
		rules.put("tag link to a missing tag", """
				select 'event ' || x.event_id || ', tag ' || x.tag_id from event_tag x
				where not exists (select 1 from tag t where t.id = x.tag_id)""");
		rules.put("claim about a missing event", missing("claim", "event_id", "event"));
		rules.put("claim by a missing actor", missing("claim", "speaker_actor_id", "actor"));
		rules.put("claim quoting a missing article", missing("claim", "article_id", "article"));
		rules.put("contradiction link with a missing claim", """
				select x.claim_id || ' contradicts ' || x.contradicted_id from claim_contradiction x
				where not exists (select 1 from claim c where c.id = x.claim_id)
				   or not exists (select 1 from claim c where c.id = x.contradicted_id)""");
		rules.put("counter-source of a missing claim", missing("counter_source", "claim_id", "claim"));
		rules.put("counter-source quoting a missing article", missing("counter_source", "article_id", "article"));
		rules.put("evidence in a missing article", missing("evidence", "article_id", "article"));
		rules.put("evidence for a missing actor", missing("evidence", "actor_id", "actor"));
		rules.put("evidence for a missing event", missing("evidence", "event_id", "event"));
		rules.put("evidence for a missing claim", missing("evidence", "claim_id", "claim"));
		rules.put("alias of a missing actor", missing("actor_alias", "actor_id", "actor"));
		rules.put("former slug of a missing actor",
				"""
						select x.slug from actor_former_slug x where not exists (select 1 from actor a where a.id = x.actor_id)""");
		rules.put("former slug of a missing event",
				"""
						select x.slug from event_former_slug x where not exists (select 1 from event e where e.id = x.event_id)""");
		rules.put("actor merged into a missing actor", missing("actor", "merged_into_id", "actor"));
		rules.put("event merged into a missing event", missing("event", "merged_into_id", "event"));
		rules.put("import file of a missing run", missing("import_file", "run_id", "import_run"));
		rules.put("article last imported by a missing run", missing("article", "last_import_run_id", "import_run"));
		for (String table : AUDIT_TABLES) {
			rules.put(table + " row of a missing revision", """
					select 'revision ' || x.rev from %s x
					where not exists (select 1 from revision r where r.id = x.rev)""".formatted(table));
		}
		// the audit history agrees with the rows
		rules.put("event whose latest revision is missing or differs from it", latestRevisionDiffers("event",
				"title, summary, slug, status, date_start, date_end, date_precision, edited, merged_into_id"));
		rules.put("actor whose latest revision is missing or differs from it",
				latestRevisionDiffers("actor", "name, slug, kind, description, edited, merged_into_id"));
		rules.put("claim whose latest revision is missing or differs from it", latestRevisionDiffers("claim",
				"text, status, verdict, verdict_rationale, event_id, speaker_actor_id, speaker_label, edited"));
		for (String table : List.of("event", "actor", "claim")) {
			rules.put(table + " the audit history holds alive but that is gone",
					"""
							select 'id ' || l.id from (select distinct on (id) id, revtype from %1$s_aud order by id, rev desc) l
							where l.revtype <> 2 and not exists (select 1 from %1$s x where x.id = l.id)"""
						.formatted(table));
		}
		StringBuilder audited = new StringBuilder();
		for (String table : AUDIT_TABLES) {
			audited.append(" and not exists (select 1 from ").append(table).append(" x where x.rev = r.id)");
		}
		rules.put("revision that records no change", "select 'revision ' || r.id from revision r where true" + audited);
		// imports
		rules.put("article no import reports as imported",
				"""
						select 'article ' || a.id || ' (' || a.source_key || ')' from article a
						where not exists (select 1 from import_file f where f.article_id = a.id and f.outcome <> 'FAILED')
						  -- a stop between an article's commit and its report line: the run says it was interrupted
						  and not exists (select 1 from import_run r where r.id = a.last_import_run_id and r.status = 'FAILED')""");
		rules.put("article last written by an import that did not finish", """
				select 'article ' || a.id || ', run ' || coalesce(r.id::text, 'none') || ' ' || coalesce(r.status, '')
				from article a left join import_run r on r.id = a.last_import_run_id
				where r.status is distinct from 'SUCCEEDED' and r.status is distinct from 'FAILED'""");
		rules.put("import run still queued or running", """
				select 'run ' || r.id || ' ' || r.status from import_run r where r.status in ('QUEUED', 'RUNNING')""");
		rules.put("succeeded import run whose report lacks files or lists too many", """
				select 'run ' || r.id || ': ' || r.files_total || ' files, '
				       || (select count(*) from import_file f where f.run_id = r.id) || ' reported'
				from import_run r
				where r.status = 'SUCCEEDED'
				  and r.files_total <> (select count(*) from import_file f where f.run_id = r.id)""");
		return rules;
	}

	/** Rows of a table whose nullable reference names a row that does not exist. */
	private static String missing(String table, String column, String target) {
		return """
				select 'id ' || x.id || ' -> %2$s ' || x.%2$s from %1$s x
				where x.%2$s is not null and not exists (select 1 from %3$s t where t.id = x.%2$s)""".formatted(table,
				column, target);
	}

	private static String latestRevisionDiffers(String table, String columns) {
		String current = prefixed("x", columns);
		String audited = prefixed("l", columns);
		return """
				select 'id ' || x.id from %1$s x
				left join lateral (select * from %1$s_aud a where a.id = x.id order by a.rev desc limit 1) l on true
				where l.id is null or l.revtype = 2 or (%2$s) is distinct from (%3$s)""".formatted(table, audited,
				current);
	}

	private static String prefixed(String alias, String columns) {
		return String.join(", ", List.of(columns.split(",\\s*")).stream().map((c) -> alias + "." + c).toList());
	}

	private static List<String> textViolations(Connection connection) throws SQLException {
		Map<Long, String> bodies = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select id, body from article")) {
			while (result.next()) {
				bodies.put(result.getLong(1), result.getString(2));
			}
		}
		Map<String, List<String>> found = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(
				"select id, article_id, span_start, span_end, quote from event_source where article_id is not null");
				ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				String body = bodies.get(result.getLong(2));
				String id = "event source " + result.getLong(1);
				if (body == null) {
					continue;
				}
				if (!inside(result.getInt(3), result.getInt(4), body)) {
					offend(found, "event source whose offsets fall outside its article", id);
				}
				if (!body.contains(result.getString(5))) {
					offend(found, "event source whose quote does not occur in its article", id);
				}
			}
		}
		try (PreparedStatement statement = connection
			.prepareStatement("select id, article_id, span_start, span_end, sentence, kind from evidence");
				ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				String body = bodies.get(result.getLong(2));
				String id = result.getString(6).toLowerCase(Locale.ROOT) + " evidence " + result.getLong(1);
				if (body == null) {
					continue;
				}
				int start = result.getInt(3);
				int end = result.getInt(4);
				if (!inside(start, end, body)) {
					offend(found, "evidence whose offsets fall outside its article", id);
				}
				else if (!result.getString(5).contains(body.substring(start, end))) {
					offend(found, "evidence whose passage is not in the sentence it stores", id);
				}
			}
		}
		try (PreparedStatement statement = connection.prepareStatement(
				"select id, article_id, span_start, span_end from claim where article_id is not null and span_start is not null");
				ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				String body = bodies.get(result.getLong(2));
				if (body != null && !inside(result.getInt(3), result.getInt(4), body)) {
					offend(found, "claim whose offsets fall outside its article", "claim " + result.getLong(1));
				}
			}
		}
		try (PreparedStatement statement = connection
			.prepareStatement("select id, article_id, quote from counter_source where article_id is not null");
				ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				String body = bodies.get(result.getLong(2));
				if (body != null && !body.contains(result.getString(3))) {
					offend(found, "counter-source whose quote does not occur in its article",
							"counter-source " + result.getLong(1));
				}
			}
		}
		List<String> violations = new ArrayList<>();
		found.forEach((rule, offenders) -> violations.add(describe(rule, offenders)));
		return violations;
	}

	private static boolean inside(int start, int end, String body) {
		return start >= 0 && start <= end && end <= body.length();
	}

	private static void offend(Map<String, List<String>> found, String rule, String offender) {
		found.computeIfAbsent(rule, (key) -> new ArrayList<>()).add(offender);
	}

	private static List<String> select(Connection connection, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	private static String describe(String rule, List<String> offenders) {
		return rule + ": " + offenders.size() + " ("
				+ String.join("; ", offenders.subList(0, Math.min(EXAMPLES, offenders.size())))
				+ ((offenders.size() > EXAMPLES) ? "; …" : "") + ")";
	}

}
