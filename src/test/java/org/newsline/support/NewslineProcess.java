package org.newsline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.newsline.infrastructure.database.EmbeddedCredentials;

/**
 * The packaged jar run as an operator runs it, in a process of its own with its own data
 * folder and free ports, for tests that stop, kill and restart the application.
 */
public final class NewslineProcess implements AutoCloseable {

	private static final Path JAR = Path.of("target", "newsline.jar").toAbsolutePath();

	private final Process process;

	private final int port;

	private final int databasePort;

	private final Path logFile;

	private final Path dataDir;

	private NewslineProcess(Process process, int port, int databasePort, Path logFile, Path dataDir) {
		this.process = process;
		this.port = port;
		this.databasePort = databasePort;
		this.logFile = logFile;
		this.dataDir = dataDir;
	}

	/**
	 * How to start the jar: its data folder, heap, extra arguments and environment.
	 *
	 * @param dataDir the embedded PostgreSQL's data folder
	 * @param heap the maximum heap, such as {@code 1g}; an import needs about 3 GB
	 */
	public record Launch(Path dataDir, String heap, List<String> arguments, Map<String, String> environment) {

		public static Launch of(Path dataDir, String heap) {
			return new Launch(dataDir, heap, List.of(), Map.of());
		}

		public Launch withArguments(String... more) {
			List<String> all = new ArrayList<>(this.arguments);
			all.addAll(List.of(more));
			return new Launch(this.dataDir, this.heap, all, this.environment);
		}

		public Launch withEnvironment(String name, String value) {
			Map<String, String> all = new LinkedHashMap<>(this.environment);
			all.put(name, value);
			return new Launch(this.dataDir, this.heap, this.arguments, all);
		}

	}

	/** Starts the server on fresh free ports, writing its output to the log file. */
	public static NewslineProcess start(Launch launch, Path logFile) throws IOException {
		int port = Await.freePort();
		int databasePort = Await.freePort();
		List<String> command = command(launch,
				List.of("--server.port=" + port, "--newsline.database.embedded.port=" + databasePort));
		return new NewslineProcess(builder(launch, command, logFile).start(), port, databasePort, logFile,
				launch.dataDir());
	}

	/**
	 * Starts {@code java -jar newsline.jar worker} on the database of a running
	 * application, its health on a fresh free port; the worker's {@link #port()} is that
	 * health port.
	 */
	public static NewslineProcess worker(Launch launch, NewslineProcess database, Path logFile) throws IOException {
		int healthPort = Await.freePort();
		EmbeddedCredentials credentials = EmbeddedCredentials.read(database.dataDir.toAbsolutePath());
		if (credentials == null) {
			throw new IllegalStateException("No credentials in " + database.dataDir);
		}
		Launch onDatabase = launch
			.withEnvironment("SPRING_DATASOURCE_URL",
					"jdbc:postgresql://localhost:" + database.databasePort() + "/postgres")
			.withEnvironment("SPRING_DATASOURCE_USERNAME", EmbeddedCredentials.USER)
			.withEnvironment("SPRING_DATASOURCE_PASSWORD", credentials.password());
		List<String> command = command(onDatabase,
				List.of("worker", "--newsline.import.worker-health-port=" + healthPort));
		return new NewslineProcess(builder(onDatabase, command, logFile).start(), healthPort, database.databasePort(),
				logFile, database.dataDir);
	}

	/** Waits until a worker's health port answers UP. */
	public void awaitWorkerHealthy(Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new AssertionError("The worker exited during startup:\n" + tail());
			}
			try {
				HttpResponse<String> health = get("/health");
				if (health.statusCode() == 200 && health.body().startsWith("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The worker did not become healthy within " + limit + ":\n" + tail());
	}

	/** The process's id, as {@code ps} and {@code kill} know it. */
	public long pid() {
		return this.process.pid();
	}

	/**
	 * Runs {@code java -jar newsline.jar import ...} against the launch's data folder and
	 * returns the running command.
	 */
	public static Process importCommand(Launch launch, Path logFile, String... paths) throws IOException {
		List<String> arguments = new ArrayList<>(List.of("import"));
		arguments.addAll(List.of(paths));
		return builder(launch, command(launch, arguments), logFile).start();
	}

	private static List<String> command(Launch launch, List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(List.of("-Xmx" + launch.heap(), "-jar", JAR.toString()));
		command.addAll(arguments);
		command.add("--newsline.database.embedded.data-dir=" + launch.dataDir().toAbsolutePath());
		command.addAll(launch.arguments());
		return command;
	}

	private static ProcessBuilder builder(Launch launch, List<String> command, Path logFile) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
		builder.environment().remove("NEWSLINE_ADMIN_PASSWORD");
		builder.environment().remove("SPRING_DATASOURCE_URL");
		builder.environment().putAll(launch.environment());
		return builder;
	}

	/** Waits until the health endpoint answers UP; returns how long that took in ms. */
	public long awaitHealthy(Duration limit) throws InterruptedException {
		long begin = System.nanoTime();
		long deadline = begin + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new AssertionError("The application exited during startup:\n" + tail());
			}
			try {
				HttpResponse<String> health = get("/actuator/health");
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return (System.nanoTime() - begin) / 1_000_000;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The application did not become healthy within " + limit + ":\n" + tail());
	}

	/** A GET with a short timeout, throwing while the server does not listen. */
	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(10))
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Kills the JVM with SIGKILL, as the out-of-memory killer or {@code kill -9} would:
	 * no shutdown hook runs.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new AssertionError("The application did not die of SIGKILL within 30 s");
		}
	}

	/** Stops the application with SIGTERM, as a service manager would. */
	public void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			throw new AssertionError("The application did not stop within 60 s of SIGTERM");
		}
	}

	/**
	 * A connection to the application's embedded PostgreSQL, as the application's role,
	 * with the password kept in the data folder.
	 */
	public Connection connect() throws SQLException {
		EmbeddedCredentials credentials = EmbeddedCredentials.read(this.dataDir.toAbsolutePath());
		if (credentials == null) {
			throw new IllegalStateException("No credentials in " + this.dataDir);
		}
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + this.databasePort + "/postgres",
				EmbeddedCredentials.USER, credentials.password());
	}

	public int databasePort() {
		return this.databasePort;
	}

	public int port() {
		return this.port;
	}

	public String log() {
		try {
			return Files.readString(this.logFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String tail() {
		String log = log();
		return log.substring(Math.max(0, log.length() - 4000));
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

}
