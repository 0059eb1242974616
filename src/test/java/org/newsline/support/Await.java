package org.newsline.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting for something another process or thread does, and finding a port for one.
 */
public final class Await {

	private Await() {
	}

	/**
	 * Polls the condition until it holds; fails saying what was awaited after the
	 * timeout.
	 */
	public static void until(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Waited " + timeout.toSeconds() + " s in vain for " + what);
			}
			Thread.sleep(20);
		}
	}

	/** A TCP port nothing listens on right now. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
