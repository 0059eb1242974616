package org.newsline.infrastructure.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds, starts and kills PostgreSQL servers of a data folder, to prove none is left over
 * and to crash them as killing a container would.
 */
public final class EmbeddedDatabaseTestSupport {

	private EmbeddedDatabaseTestSupport() {
	}

	/**
	 * Starts the embedded database on the folder in a JVM of its own, runs the statements
	 * and returns once they are done; the database runs until that process ends.
	 */
	public static Process startInAnotherProcess(Path dataDir, String... statements)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), Owner.class.getName(), dataDir.toString()));
		command.addAll(List.of(statements));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream()));
		StringBuilder seen = new StringBuilder();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			if (line.equals(Owner.READY)) {
				// keep draining, so the process never blocks on a full pipe
				Thread drain = new Thread(() -> output.lines().forEach((ignored) -> {
				}));
				drain.setDaemon(true);
				drain.start();
				return process;
			}
			seen.append(line).append('\n');
		}
		process.waitFor();
		throw new IllegalStateException("The database process ended before it was ready:\n" + seen);
	}

	/** Runs one statement against the database as its superuser. */
	static void execute(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedCredentials.SUPERUSER,
				database.credentials().superuserPassword()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** The first column of the first row a query answers. */
	static String query(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedCredentials.SUPERUSER,
				database.credentials().superuserPassword());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	/** Counts live postgres processes serving the given data folder, from /proc. */
	public static long postgresProcessesFor(Path dataDir) throws IOException {
		return postgresProcesses(dataDir).size();
	}

	/**
	 * Kills the server of the data folder and its backends with SIGKILL, as killing a
	 * whole container would; returns how many processes there were.
	 */
	public static int killPostgresFor(Path dataDir) throws IOException {
		List<ProcessHandle> processes = postgresProcesses(dataDir).stream()
			.map(ProcessHandle::of)
			.flatMap(Optional::stream)
			.flatMap((server) -> Stream.concat(server.descendants(), Stream.of(server)))
			.toList();
		processes.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle process : processes) {
			process.onExit().join();
		}
		return processes.size();
	}

	private static List<Long> postgresProcesses(Path dataDir) throws IOException {
		String folder = dataDir.toAbsolutePath().normalize().toString();
		try (var processes = Files.list(Path.of("/proc"))) {
			return processes.filter((p) -> p.getFileName().toString().chars().allMatch(Character::isDigit))
				.filter((p) -> {
					String cmd = commandLine(p.resolve("cmdline"));
					return cmd.contains("postgres") && cmd.contains(folder);
				})
				.map((p) -> Long.parseLong(p.getFileName().toString()))
				.toList();
		}
	}

	private static String commandLine(Path cmdline) {
		try {
			return new String(Files.readAllBytes(cmdline)).replace('\0', ' ');
		}
		catch (IOException ex) {
			// the process ended meanwhile
			return "";
		}
	}

	/** The main class of {@link #startInAnotherProcess}. */
	static final class Owner {

		static final String READY = "database ready";

		public static void main(String[] args) throws Exception {
			EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0);
			try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedCredentials.SUPERUSER,
					database.credentials().superuserPassword()); Statement statement = connection.createStatement()) {
				for (int i = 1; i < args.length; i++) {
					statement.execute(args[i]);
				}
			}
			System.out.println(READY);
			Thread.sleep(Long.MAX_VALUE);
		}

	}

}
