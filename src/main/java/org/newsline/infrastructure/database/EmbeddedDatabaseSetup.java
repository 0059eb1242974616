package org.newsline.infrastructure.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an embedded PostgreSQL ask every connection for a password: a {@code pg_hba.conf}
 * of {@code scram-sha-256} lines only, a superuser password, and a role of its own for
 * the application, which owns the {@code public} schema and everything in it but is no
 * superuser (it cannot read other roles' password hashes or run programs). A data folder
 * from an earlier version (every local connection trusted, the application connected as
 * {@code postgres}) is moved over on its first start: its tables, sequences and functions
 * pass to the new role, and no row changes. Each step may run again, so a start cut short
 * half-way completes the next time.
 */
final class EmbeddedDatabaseSetup {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabaseSetup.class);

	static final String HBA_MARKER = "# Newsline: every connection needs a password";

	static final String HBA = HBA_MARKER + """
			 (scram-sha-256); written at each start.
			# TYPE  DATABASE     USER  ADDRESS        METHOD
			local   all          all                  scram-sha-256
			host    all          all   127.0.0.1/32   scram-sha-256
			host    all          all   ::1/128        scram-sha-256
			local   replication  all                  scram-sha-256
			host    replication  all   127.0.0.1/32   scram-sha-256
			host    replication  all   ::1/128        scram-sha-256
			""";

	private EmbeddedDatabaseSetup() {
	}

	/** Whether the data folder's {@code pg_hba.conf} is ours: passwords everywhere. */
	static boolean done(Path dataDir) {
		try {
			Path hba = dataDir.resolve("pg_hba.conf");
			return Files.isRegularFile(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sets the passwords and the application's role up through a superuser connection,
	 * then replaces {@code pg_hba.conf} and reloads it.
	 */
	static void run(Path dataDir, DataSource superuser, EmbeddedCredentials credentials, boolean earlier) {
		credentials.write(dataDir);
		try (Connection connection = superuser.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("alter role " + EmbeddedCredentials.SUPERUSER + " with password "
						+ literal(credentials.superuserPassword()));
				statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '"
						+ EmbeddedCredentials.USER + "') then create role " + EmbeddedCredentials.USER
						+ " login nosuperuser nocreatedb nocreaterole noreplication; end if; end $$");
				statement.execute("alter role " + EmbeddedCredentials.USER
						+ " with login nosuperuser nocreatedb nocreaterole noreplication password "
						+ literal(credentials.password()));
				// the extensions the schema needs take a superuser in older versions:
				// made here
				statement.execute("create extension if not exists unaccent schema public");
				statement.execute("create extension if not exists pg_trgm schema public");
				statement.execute("alter schema public owner to " + EmbeddedCredentials.USER);
				statement.execute(HAND_OVER);
			}
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set up the passwords of the embedded PostgreSQL in " + dataDir,
					ex);
		}
		try {
			Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the embedded PostgreSQL's pg_hba.conf", ex);
		}
		try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not reload the embedded PostgreSQL's pg_hba.conf", ex);
		}
		if (earlier) {
			logger.warn(
					"The embedded PostgreSQL in {} trusted every local connection: it now asks for passwords "
							+ "(kept in {}), and the application connects as the role {}, owner of its tables",
					dataDir, dataDir.resolve(EmbeddedCredentials.FILE), EmbeddedCredentials.USER);
		}
		else {
			logger.info("The embedded PostgreSQL in {} asks every connection for a password, kept in {}", dataDir,
					dataDir.resolve(EmbeddedCredentials.FILE));
		}
	}

	/**
	 * Gives the application's role every table, view, sequence and function of the
	 * {@code public} schema that an extension does not own; sequences that belong to a
	 * table move with it.
	 */
	private static final String HAND_OVER = """
			do $$
			declare
				r record;
			begin
				for r in
					select c.oid::regclass as name, c.relkind
					from pg_class c join pg_namespace n on n.oid = c.relnamespace
					where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
					  and pg_get_userbyid(c.relowner) <> '%1$s'
					  and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
					                  and d.objid = c.oid and d.deptype in ('e', 'a', 'i'))
				loop
					execute format('alter %%s %%s owner to %1$s',
						case r.relkind when 'S' then 'sequence' when 'v' then 'view'
							when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end,
						r.name);
				end loop;
				for r in
					select p.oid::regprocedure as name
					from pg_proc p join pg_namespace n on n.oid = p.pronamespace
					where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s'
					  and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
					                  and d.objid = p.oid and d.deptype = 'e')
				loop
					execute format('alter routine %%s owner to %1$s', r.name);
				end loop;
			end
			$$""".formatted(EmbeddedCredentials.USER);

	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

}
