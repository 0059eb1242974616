package org.newsline;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.accounts.AccountService;
import org.newsline.accounts.Role;
import org.newsline.accounts.WebSession;
import org.newsline.actor.Actor;
import org.newsline.actor.ActorKind;
import org.newsline.article.Article;
import org.newsline.claim.Claim;
import org.newsline.event.Event;
import org.newsline.event.EventDate;
import org.newsline.event.EventRepository;
import org.newsline.event.ReviewStatus;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Fixtures;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the application maps is checked against the security rules: anonymous
 * visitors are sent to sign in, editors are kept out of admin pages, forms without a CSRF
 * token are refused, and markup typed into any text field comes back as inert text.
 */
@NewslineIntegrationTest
class SecurityIntegrationTests {

	static final String PAYLOAD = "\"><script>alert('xss')</script><img src=x onerror=alert(1)>";

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AccountService accounts;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EventRepository events;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		this.cleaner.clean();
	}

	@Test
	void anonymousVisitorsAreSentToSignInOnEveryDeskAdminAndMutatingRoute() {
		List<Route> routes = protectedRoutes();
		assertThat(routes).extracting(Route::path)
			.contains("/desk", "/desk/events/1", "/admin/users", "/admin/imports", "/admin/sources",
					"/admin/sources/feeds/1/pause");
		WebSession anonymous = new WebSession(this.port);
		List<String> failures = new ArrayList<>();
		for (Route route : routes) {
			HttpResponse<String> response = route.post() ? anonymous.post(route.path()) : anonymous.get(route.path());
			String location = response.headers().firstValue("Location").orElse("");
			if (!(response.statusCode() == 401 || (response.statusCode() == 302 && location.endsWith("/login")))) {
				failures.add(route + " answered " + response.statusCode() + " " + location);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void editorsAreForbiddenEveryAdminRoute() {
		WebSession editor = signInNew(Role.EDITOR);
		List<String> failures = new ArrayList<>();
		for (Route route : protectedRoutes()) {
			if (!route.path().startsWith("/admin")) {
				continue;
			}
			HttpResponse<String> response = route.post() ? editor.post(route.path()) : editor.get(route.path());
			if (response.statusCode() != 403) {
				failures.add(route + " answered " + response.statusCode());
			}
			else if (!Jsoup.parse(response.body()).select("h1").text().equals("You may not open this page")) {
				failures.add(route + " did not show the 403 page");
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void formsPostedWithoutTheCsrfTokenAreRefusedOnEveryMutatingRoute() {
		Article article = this.fixtures.article("a.txt", "Ships left the harbour on Monday.", LocalDate.of(2025, 1, 7),
				"Coast News");
		Event event = this.fixtures.event("Ships leave", EventDate.day(LocalDate.of(2025, 1, 6)), List.of(),
				List.of(article));
		WebSession admin = WebSession.signIn(this.port, "admin", "integration-admin-pw");
		List<String> failures = new ArrayList<>();
		for (Route route : protectedRoutes()) {
			if (route.post()) {
				HttpResponse<String> response = admin.postWithoutCsrf(route.path());
				if (response.statusCode() != 403) {
					failures.add(route + " answered " + response.statusCode());
				}
			}
		}
		assertThat(failures).isEmpty();

		HttpResponse<String> forged = admin.postWithoutCsrf("/desk/review", "act", "PUBLISHED:event:" + event.getId());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(this.events.findById(event.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.UNREVIEWED);
	}

	@Test
	void markupTypedIntoEveryTextFieldRendersAsInertText() {
		Article article = this.fixtures.article("b.txt", "The minister said the talks failed on Friday.",
				LocalDate.of(2025, 2, 8), "Wire");
		Actor minister = this.fixtures.actor("The Minister", ActorKind.PERSON);
		WebSession editor = signInNew(Role.EDITOR);

		HttpResponse<String> created = editor.post("/desk/events", "title", "Talks " + PAYLOAD, "summary",
				"Summary " + PAYLOAD, "start", "2025-02-07", "end", "", "precision", "DAY", "actors",
				"Envoy " + PAYLOAD, "newActorKind", "PERSON", "tags", "tag " + PAYLOAD, "status", "PUBLISHED",
				"version", "0");
		assertThat(created.statusCode()).isEqualTo(302);
		long eventId = this.jdbc.queryForObject("select id from event where title like 'Talks %'", Long.class);
		long actorId = this.jdbc.queryForObject("select id from actor where name like 'Envoy %'", Long.class);
		editor.post("/desk/events/" + eventId + "/sources/link", "url", "https://example.org/x", "outlet",
				"Outlet " + PAYLOAD, "title", "Title " + PAYLOAD, "publishedOn", "", "quote", "Quote " + PAYLOAD);
		Event drafted = this.fixtures.event("Other", EventDate.day(LocalDate.of(2025, 2, 7)), List.of(minister),
				List.of(article));
		Claim claim = this.fixtures.claim(minister, "the talks failed", drafted, article);
		editor.post("/desk/claims/" + claim.getId(), "text", "Claim " + PAYLOAD, "speakerId", "", "speakerLabel",
				"Label " + PAYLOAD, "eventId", String.valueOf(eventId), "version", "0");
		editor.post("/desk/claims/" + claim.getId() + "/verdict", "verdict", "DISPUTED", "rationale",
				"Rationale " + PAYLOAD, "counterUrl", "https://example.org/y", "counterTitle", "Counter " + PAYLOAD,
				"counterQuote", "Quote " + PAYLOAD, "version", "1");
		long actorVersion = this.jdbc.queryForObject("select version from actor where id = ?", Long.class, actorId);
		editor.post("/desk/actors/" + actorId, "name", "Envoy " + PAYLOAD, "kind", "PERSON", "description",
				"Description " + PAYLOAD, "aliases", "Alias " + PAYLOAD, "version", String.valueOf(actorVersion));
		HttpResponse<String> refusedEvent = editor.post("/desk/events", "title", PAYLOAD, "summary", PAYLOAD, "start",
				"", "precision", "DAY", "status", "DRAFT", "version", "0");
		WebSession admin = WebSession.signIn(this.port, "admin", "integration-admin-pw");
		HttpResponse<String> refusedUser = admin.post("/admin/users", "username", PAYLOAD, "role", "EDITOR");

		Map<String, String> pages = new java.util.LinkedHashMap<>();
		for (String path : List.of("/desk", "/desk/events/" + eventId, "/desk/claims/" + claim.getId(),
				"/desk/actors/" + actorId, "/desk/actors", "/desk/history/events/" + eventId,
				"/desk/history/claims/" + claim.getId(), "/desk/history/actors/" + actorId, "/desk/merge/events",
				"/desk/merge/actors", "/")) {
			HttpResponse<String> response = editor.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			pages.put(path, response.body());
		}
		pages.put("re-shown event form", refusedEvent.body());
		pages.put("re-shown user form", refusedUser.body());
		pages.put("/admin/users", admin.get("/admin/users").body());

		assertThat(this.jdbc.queryForObject("select verdict from claim where id = ?", String.class, claim.getId()))
			.isEqualTo("DISPUTED");
		assertThat(Jsoup.parse(pages.get("/desk/events/" + eventId)).text()).contains("Talks " + PAYLOAD)
			.contains("Quote " + PAYLOAD);
		assertThat(Jsoup.parse(pages.get("/")).text()).contains("Talks " + PAYLOAD);
		for (Map.Entry<String, String> page : pages.entrySet()) {
			Document document = Jsoup.parse(page.getValue());
			assertThat(page.getValue()).as(page.getKey()).doesNotContain("<script>alert").doesNotContain("<img src=x");
			assertThat(document.select("img[onerror]")).as(page.getKey()).isEmpty();
			assertThat(document.select("script").stream().filter((s) -> s.data().contains("xss")).toList())
				.as(page.getKey())
				.isEmpty();
		}
	}

	@Test
	void pagesCarrySecurityHeadersAndErrorsShowNoStackTrace() {
		HttpResponse<String> page = new WebSession(this.port).get("/login");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");

		HttpResponse<String> failure = WebSession.signIn(this.port, "admin", "integration-admin-pw")
			.get("/desk/events/not-a-number");
		assertThat(failure.statusCode()).isEqualTo(400);
		assertThat(failure.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	private WebSession signInNew(Role role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(name, "a-long-test-passphrase", role);
		return WebSession.signIn(this.port, name, "a-long-test-passphrase");
	}

	/**
	 * Every mapped route that needs an account: desk, admin and account pages, and every
	 * write.
	 */
	private List<Route> protectedRoutes() {
		Set<Route> routes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			for (String pattern : mapping.getKey().getPatternValues()) {
				if (pattern.equals("/error") || pattern.startsWith("/test-support")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", "1");
				boolean account = path.startsWith("/desk") || path.startsWith("/admin") || path.startsWith("/account");
				boolean writes = methods.isEmpty() || methods.stream()
					.anyMatch((m) -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS);
				if (writes) {
					routes.add(new Route(path, true));
				}
				if (account && (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
					routes.add(new Route(path, false));
				}
			}
		}
		return List.copyOf(routes);
	}

	/** A path with its path variables filled in, and whether it is posted to. */
	record Route(String path, boolean post) implements Comparable<Route> {

		@Override
		public int compareTo(Route other) {
			return (this.path + this.post).compareTo(other.path + other.post);
		}

		@Override
		public String toString() {
			return (this.post ? "POST " : "GET ") + this.path;
		}

	}

}
