package org.newsline.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Looks for PostgreSQL server processes serving a data folder, to prove none is left
 * over.
 */
public final class EmbeddedDatabaseTestSupport {

	private EmbeddedDatabaseTestSupport() {
	}

	/** Counts live postgres processes serving the given data folder, from /proc. */
	public static long postgresProcessesFor(Path dataDir) throws IOException {
		String folder = dataDir.toAbsolutePath().normalize().toString();
		try (var processes = Files.list(Path.of("/proc"))) {
			return processes.filter((p) -> p.getFileName().toString().chars().allMatch(Character::isDigit))
				.map((p) -> p.resolve("cmdline"))
				.filter(Files::isReadable)
				.map((cmdline) -> {
					try {
						return new String(Files.readAllBytes(cmdline)).replace('\0', ' ');
					}
					catch (IOException ex) {
						return "";
					}
				})
				.filter((cmd) -> cmd.contains("postgres") && cmd.contains(folder))
				.count();
		}
	}

}
