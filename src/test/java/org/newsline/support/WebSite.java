package org.newsline.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small web site on the loopback address for the fetcher's tests: each path answers
 * what the test put there, and every request is remembered with its headers.
 */
public final class WebSite implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final Map<String, Handler> routes = new ConcurrentHashMap<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	public WebSite() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/** The address of a path on this site, such as {@code http://127.0.0.1:PORT/a}. */
	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	/** Answers a path with a body of the given type. */
	public WebSite serve(String path, String contentType, String body) {
		return serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
	}

	public WebSite serve(String path, String contentType, byte[] body) {
		return on(path, (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", contentType);
			send(exchange, 200, body);
		});
	}

	/** Answers a path however the handler likes. */
	public WebSite on(String path, Handler handler) {
		this.routes.put(path, handler);
		return this;
	}

	/** Answers a path with a redirect. */
	public WebSite redirect(String path, int status, String location) {
		return on(path, (exchange) -> {
			exchange.getResponseHeaders().set("Location", location);
			send(exchange, status, new byte[0]);
		});
	}

	/** The requests received so far, in order. */
	public List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/** How many requests asked for the path (without its query). */
	public long requestsFor(String path) {
		return this.requests.stream().filter((request) -> request.path().equals(path)).count();
	}

	public void forget() {
		this.requests.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getRawPath();
			this.requests.add(new Request(path, exchange.getRequestURI().getRawQuery(),
					exchange.getRequestHeaders().getFirst("User-Agent"),
					exchange.getRequestHeaders().getFirst("If-None-Match"),
					exchange.getRequestHeaders().getFirst("If-Modified-Since")));
			try (InputStream in = exchange.getRequestBody()) {
				in.readAllBytes();
			}
			Handler handler = this.routes.get(path);
			if (handler == null) {
				send(exchange, 404, "not found".getBytes(StandardCharsets.UTF_8));
				return;
			}
			handler.handle(exchange);
		}
		catch (IOException ex) {
			// the fetcher hung up, as it does past its limits
		}
	}

	/** Sends a whole body with its length. */
	public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	/** What one path answers. */
	@FunctionalInterface
	public interface Handler {

		void handle(HttpExchange exchange) throws IOException;

	}

	/** One request as the site saw it. */
	public record Request(String path, String query, String userAgent, String ifNoneMatch, String ifModifiedSince) {
	}

}
