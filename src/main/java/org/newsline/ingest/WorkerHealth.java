package org.newsline.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one thing a worker process answers over HTTP: {@code GET /health}, 200 {@code UP}
 * while it reaches the database, 503 {@code DOWN} otherwise, for a supervisor or load
 * balancer to watch. Nothing else is served; a web node does not open it.
 */
@Component
class WorkerHealth implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(WorkerHealth.class);

	private final IngestSettings settings;

	private final JdbcClient jdbc;

	private @Nullable HttpServer server;

	WorkerHealth(IngestSettings settings, JdbcClient jdbc) {
		this.settings = settings;
		this.jdbc = jdbc;
	}

	@Override
	public synchronized void start() {
		if (!this.settings.worker() || this.server != null) {
			return;
		}
		try {
			HttpServer started = HttpServer.create(
					new InetSocketAddress(this.settings.workerHealthAddress(), this.settings.workerHealthPort()), 16);
			started.createContext("/", this::answer);
			started.setExecutor(Executors.newSingleThreadExecutor((task) -> {
				Thread thread = new Thread(task, "worker-health");
				thread.setDaemon(true);
				return thread;
			}));
			started.start();
			this.server = started;
			logger.info("Worker health on http://{}:{}/health", this.settings.workerHealthAddress(),
					started.getAddress().getPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The worker's health port cannot be opened", ex);
		}
	}

	/** The port the health answers on, or -1 when it is closed. */
	synchronized int port() {
		return (this.server != null) ? this.server.getAddress().getPort() : -1;
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!exchange.getRequestURI().getPath().equals("/health") || !exchange.getRequestMethod().equals("GET")) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			boolean up;
			try {
				up = this.jdbc.sql("select 1").query(Integer.class).single() == 1;
			}
			catch (RuntimeException ex) {
				up = false;
			}
			byte[] body = (up ? "UP\n" : "DOWN\n").getBytes(StandardCharsets.US_ASCII);
			exchange.getResponseHeaders().set("Content-Type", "text/plain");
			exchange.sendResponseHeaders(up ? 200 : 503, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	@Override
	public synchronized void stop() {
		HttpServer running = this.server;
		if (running != null) {
			running.stop(0);
			this.server = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.server != null;
	}

}
