package org.newsline.infrastructure.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.support.Await;
import org.newsline.support.NewslineProcess;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The packaged jar's embedded PostgreSQL asks every connection for a password: a new data
 * folder is set up so, with the passwords in a file only its owner reads and the
 * application connected as a role that is no superuser; a folder of an earlier version,
 * which trusted every local connection, is moved over on its first start, and everything
 * in it (an editor's actor, the admin's bcrypt password) is still there.
 */
class EmbeddedDatabaseCredentialsProcessTests {

	@TempDir
	Path work;

	@Test
	void aNewDataFolderAsksForPasswordsAndTheApplicationIsNoSuperuser() throws Exception {
		Path dataDir = this.work.resolve("postgres");
		try (NewslineProcess app = NewslineProcess.start(
				NewslineProcess.Launch.of(dataDir, "1g").withArguments("--newsline.import.seed-on-first-start=false"),
				this.work.resolve("app.log"))) {
			app.awaitHealthy(Duration.ofSeconds(120));

			Path file = dataDir.resolve(EmbeddedCredentials.FILE);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(Files.readString(dataDir.resolve("pg_hba.conf"), StandardCharsets.UTF_8)).doesNotContain("trust")
				.contains("scram-sha-256");
			assertRefused(app.databasePort(), "postgres", null);
			assertRefused(app.databasePort(), "postgres", "postgres");
			assertRefused(app.databasePort(), EmbeddedCredentials.USER, "postgres");
			try (Connection connection = app.connect(); Statement statement = connection.createStatement()) {
				assertThat(single(statement, "select rolsuper from pg_roles where rolname = current_user"))
					.isEqualTo("f");
				assertThat(single(statement, "select count(*) from pg_tables where schemaname = 'public' "
						+ "and tableowner <> current_user"))
					.isEqualTo("0");
				assertThatExceptionOfType(SQLException.class)
					.isThrownBy(() -> statement.execute("copy (select 1) to program 'id'"));
				assertThatExceptionOfType(SQLException.class)
					.isThrownBy(() -> statement.executeQuery("select rolpassword from pg_authid"));
			}
		}
	}

	@Test
	void aDataFolderOfAnEarlierVersionIsMovedOverWithEverythingInIt() throws Exception {
		Path dataDir = this.work.resolve("postgres");
		int port = Await.freePort();
		// as versions before this one left it: initdb's trust, everything owned by
		// postgres
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPort(port)
			.start()) {
			Flyway.configure()
				.dataSource(earlier.getPostgresDatabase())
				.locations("classpath:db/migration")
				.target("6")
				.load()
				.migrate();
			try (Connection connection = earlier.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("insert into actor (id, slug, name, kind, origin, edited, created_at) values "
						+ "(nextval('actor_seq'), 'harbour-authority', 'Harbour Authority', 'ORGANIZATION', "
						+ "'EDITOR', true, now())");
				statement.execute("insert into account (id, username, password_hash, role, created_at) values "
						+ "(nextval('account_seq'), 'admin', '{bcrypt}"
						+ new BCryptPasswordEncoder().encode("an-earlier-admin-password") + "', 'ADMIN', now())");
			}
		}
		assertThat(EmbeddedCredentials.read(dataDir)).isNull();

		try (NewslineProcess app = NewslineProcess.start(
				NewslineProcess.Launch.of(dataDir, "1g").withArguments("--newsline.import.seed-on-first-start=false"),
				this.work.resolve("app.log"))) {
			app.awaitHealthy(Duration.ofSeconds(120));

			assertThat(app.log()).contains("trusted every local connection: it now asks for passwords");
			assertThat(Objects.requireNonNull(EmbeddedCredentials.read(dataDir))).isNotNull();
			assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");
			assertRefused(app.databasePort(), "postgres", null);
			HttpResponse<String> actors = get(app.port(), "/api/actors");
			assertThat(actors.body()).contains("Harbour Authority");
			try (Connection connection = app.connect(); Statement statement = connection.createStatement()) {
				assertThat(single(statement,
						"select count(*) from pg_class c join pg_namespace n on "
								+ "n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'S') "
								+ "and pg_get_userbyid(c.relowner) <> current_user"))
					.isEqualTo("0");
				assertThat(single(statement,
						"select count(*) from flyway_schema_history where version = '7' "
								+ "and installed_by = current_user"))
					.as("later migrations run as the new role")
					.isEqualTo("1");
				statement.execute("update actor set description = 'Runs the port' where slug = 'harbour-authority'");
			}
			assertThat(signIn(app.port(), "admin", "an-earlier-admin-password")).as("the earlier bcrypt hash")
				.endsWith("/desk");
		}
	}

	private static void assertRefused(int port, String user, String password) {
		assertThatExceptionOfType(SQLException.class).as(user + " with " + password)
			.isThrownBy(() -> DriverManager
				.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", user, password)
				.close());
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static HttpResponse<String> get(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in through the login form; returns where it led. */
	private static String signIn(int port, String username, String password) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String csrf = org.jsoup.Jsoup.parse(login).select("input[name=_csrf]").attr("value");
		String form = "username=" + username + "&password=" + password + "&_csrf=" + csrf;
		return client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("Location")
			.orElse("");
	}

}
