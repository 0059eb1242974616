package org.newsline.support;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The command-line commands quieten logging for their own run; run in the test JVM, their
 * levels would stay and silence the audit lines that other tests read.
 */
public final class CommandLogging {

	private CommandLogging() {
	}

	/** Puts back the levels the shared test context logs at. */
	public static void restore() {
		LoggingSystem logging = LoggingSystem.get(CommandLogging.class.getClassLoader());
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
		logging.setLogLevel("org.newsline", null);
	}

}
