package org.newsline.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The import thread runs at a lower priority than the threads serving pages.
 */
class BackgroundPriorityTests {

	@Test
	void lowersTheCallingThreadOnlyAndByTenSteps() throws Exception {
		assumeTrue(Files.exists(Path.of("/proc/thread-self")), "Linux only");
		int before = niceness();

		// a thread of its own, which ends with the test
		FutureTask<Integer> lowering = new FutureTask<>(() -> {
			assertThat(BackgroundPriority.lowerForThisThread()).isTrue();
			return niceness();
		});
		new Thread(lowering, "lowered").start();
		int lowered = lowering.get(10, TimeUnit.SECONDS);

		assertThat(lowered).isEqualTo(Math.min(19, before + BackgroundPriority.NICENESS));
		assertThat(niceness()).as("other threads keep theirs").isEqualTo(before);
	}

	/** The calling thread's nice value: the 19th field of its stat line. */
	private static int niceness() {
		try {
			String stat = Files.readString(Path.of("/proc/thread-self/stat"));
			// the command name, in brackets, may hold spaces: count from after it
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Integer.parseInt(fields[16]);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
