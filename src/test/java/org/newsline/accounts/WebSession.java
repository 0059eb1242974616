package org.newsline.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser-like HTTP session for tests: keeps cookies, follows no redirects, and sends
 * the CSRF token of the session with every form it posts, as a page's form would.
 */
public final class WebSession {

	private final CookieManager cookies;

	private final HttpClient client;

	private final int port;

	public WebSession(int port) {
		this(port, new CookieManager());
	}

	private WebSession(int port, CookieManager cookies) {
		this.port = port;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.cookies)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * The same browser, with the same cookies, talking to another instance on this host,
	 * as a load balancer's switch of node would make it.
	 */
	public WebSession at(int otherPort) {
		return new WebSession(otherPort, this.cookies);
	}

	/**
	 * Another browser holding a copy of this one's cookies, as a stolen or replayed
	 * cookie would be.
	 */
	public WebSession copy() {
		CookieManager copied = new CookieManager();
		this.cookies.getCookieStore()
			.getCookies()
			.forEach((cookie) -> copied.getCookieStore().add(URI.create("http://localhost:" + this.port), cookie));
		return new WebSession(this.port, copied);
	}

	/** Signs in through the login form and fails unless that leads to the desk. */
	public static WebSession signIn(int port, String username, String password) {
		WebSession session = new WebSession(port);
		HttpResponse<String> response = session.login(username, password);
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("/login")) {
			throw new AssertionError("Sign-in of " + username + " failed: " + response.statusCode() + " " + location);
		}
		return session;
	}

	public HttpResponse<String> login(String username, String password) {
		return post("/login", "username", username, "password", password);
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
	}

	public Document page(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode());
		}
		return Jsoup.parse(response.body());
	}

	/** Posts a form of name-value pairs with the session's CSRF token. */
	public HttpResponse<String> post(String path, String... pairs) {
		List<String> all = new ArrayList<>(Arrays.asList(pairs));
		all.add("_csrf");
		all.add(csrf());
		return postWithoutCsrf(path, all.toArray(String[]::new));
	}

	public HttpResponse<String> post(String path, List<String> pairs) {
		return post(path, pairs.toArray(String[]::new));
	}

	/** Posts a form with the session's CSRF token and one extra request header. */
	public HttpResponse<String> postWithHeader(String path, String header, String value, String... pairs) {
		List<String> all = new ArrayList<>(Arrays.asList(pairs));
		all.add("_csrf");
		all.add(csrf());
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.header(header, value)
			.POST(HttpRequest.BodyPublishers.ofString(form(all.toArray(String[]::new)))));
	}

	public HttpResponse<String> postWithoutCsrf(String path, String... pairs) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form(pairs))));
	}

	private static String form(String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			if (!body.isEmpty()) {
				body.append('&');
			}
			body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}

	/**
	 * The values a page's form would post: every named input, select and textarea with
	 * its current value.
	 */
	public static List<String> formValues(Document page, String formSelector) {
		Element form = page.selectFirst(formSelector);
		if (form == null) {
			throw new AssertionError("No form " + formSelector);
		}
		List<String> pairs = new ArrayList<>();
		for (Element input : form.select("input[name], select[name], textarea[name]")) {
			String name = input.attr("name");
			if (name.equals("_csrf") || input.attr("type").equals("submit")) {
				continue;
			}
			if (input.attr("type").equals("checkbox") && !input.hasAttr("checked")) {
				continue;
			}
			String value;
			if (input.tagName().equals("select")) {
				Element selected = input.selectFirst("option[selected]");
				value = (selected != null) ? selected.attr("value") : "";
			}
			else if (input.tagName().equals("textarea")) {
				value = input.wholeText().replaceFirst("^\n", "");
			}
			else {
				value = input.attr("value");
			}
			pairs.add(name);
			pairs.add(value);
		}
		return pairs;
	}

	/** Replaces the value of a name in form pairs, or adds it. */
	public static List<String> with(List<String> pairs, String name, String value) {
		List<String> changed = new ArrayList<>(pairs);
		for (int i = 0; i + 1 < changed.size(); i += 2) {
			if (changed.get(i).equals(name)) {
				changed.set(i + 1, value);
				return changed;
			}
		}
		changed.add(name);
		changed.add(value);
		return changed;
	}

	public String csrf() {
		Document login = Jsoup.parse(get("/login").body());
		Element token = login.selectFirst("input[name=_csrf]");
		if (token == null) {
			throw new AssertionError("No CSRF token on the login page");
		}
		return token.attr("value");
	}

	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
