package org.newsline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets readers go first: an import keeps a processor busy with language analysis for
 * minutes, and on a small machine the pages it shares the processors with would wait. On
 * Linux the calling thread asks for a lower scheduling priority ({@code nice} 10, which
 * any user may do to their own threads); elsewhere, or without {@code renice}, nothing
 * changes. Java's own thread priorities are ignored on Linux unless the JVM runs as root
 * with a special flag.
 */
final class BackgroundPriority {

	private static final Logger logger = LoggerFactory.getLogger(BackgroundPriority.class);

	static final int NICENESS = 10;

	private static final Path THIS_THREAD = Path.of("/proc/thread-self");

	private BackgroundPriority() {
	}

	/** Lowers the calling thread's priority; returns whether it did. */
	static boolean lowerForThisThread() {
		if (!Files.exists(THIS_THREAD)) {
			return false;
		}
		try {
			// /proc/thread-self links to <pid>/task/<tid>
			String threadId = Files.readSymbolicLink(THIS_THREAD).getFileName().toString();
			Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICENESS), "-p", threadId)
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!renice.waitFor(5, TimeUnit.SECONDS)) {
				renice.destroyForcibly();
				return false;
			}
			return renice.exitValue() == 0;
		}
		catch (IOException ex) {
			logger.debug("Import thread keeps its priority: {}", ex.getMessage());
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
