package org.newsline.accounts;

import java.time.Clock;
import java.time.Instant;

import org.newsline.shared.DatabaseOutage;
import org.newsline.shared.PublicUrl;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may reach what: readers need no account, {@code /desk/**} needs an editor,
 * {@code /admin/**} an admin, {@code /account/**} any signed-in user, and every write
 * outside the login form needs an editor. Sign-ins are throttled after repeated failures,
 * inside authentication; a multipart body is read only once its route's rules allow the
 * caller; sessions have an absolute lifetime; with an {@code https} public URL the
 * session cookie is {@code Secure} and every answer carries HSTS.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	/** How long browsers keep to HTTPS once told: a year. */
	static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ThrottledSignIn signIn, SessionRegistry sessions,
			AccountService accounts, AccountAudit audit, AccountsSettings settings, PublicUrl publicUrl, Clock clock)
			throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler toDesk = new SavedRequestAwareAuthenticationSuccessHandler();
		toDesk.setDefaultTargetUrl("/desk");
		MultipartAfterAuthorization multipart = new MultipartAfterAuthorization();
		http.authenticationManager(new ProviderManager(signIn))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/desk/**")
				.hasRole(Role.EDITOR.name())
				.requestMatchers("/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/account/**")
				.authenticated()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.denyAll()
				.requestMatchers("/login", "/error")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**")
				.permitAll()
				.anyRequest()
				.hasRole(Role.EDITOR.name()))
			.formLogin((form) -> form.loginPage("/login").successHandler((request, response, authentication) -> {
				var session = request.getSession();
				session.setAttribute(SessionRules.SIGNED_IN_AT, Instant.now(clock));
				// The new session's CSRF token is made now: made lazily, two pages opened
				// at once (each with its own copy of the shared session) would each make
				// one, and the forms of the page whose copy was saved first would be
				// refused.
				if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
					token.getToken();
				}
				if (accounts.passwordChangeRequired(authentication.getName())) {
					session.setAttribute(SessionRules.PASSWORD_CHANGE_REQUIRED, true);
					response.sendRedirect(request.getContextPath() + SessionRules.PASSWORD_PAGE);
					return;
				}
				toDesk.onAuthenticationSuccess(request, response, authentication);
			}).failureHandler((request, response, exception) -> {
				if (DatabaseOutage.isCauseOf(exception)) {
					// The password could not be checked: no wrong attempt to count or
					// report, just the "briefly unavailable" page
					response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
					response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
					return;
				}
				if (exception instanceof LoginThrottled throttled) {
					response.sendRedirect(request.getContextPath() + "/login?throttled="
							+ Math.max(1, throttled.getWait().toSeconds()));
					return;
				}
				response.sendRedirect(request.getContextPath() + "/login?error");
			}).permitAll())
			.addFilterBefore(multipart, CsrfFilter.class)
			.addFilterBefore(new SessionRules(settings.sessionLifetime(), clock, audit), AuthorizationFilter.class)
			.sessionManagement((management) -> management.sessionFixation((fixation) -> fixation.changeSessionId())
				.sessionConcurrency((concurrency) -> concurrency.maximumSessions(-1)
					.sessionRegistry(sessions)
					.expiredUrl("/login?expired")))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/?signedOut")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null) {
						audit.signedOut(authentication.getName());
					}
				}))
			.headers((headers) -> {
				headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
					.referrerPolicy((referrer) -> referrer
						.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
				if (publicUrl.secure()) {
					// TLS ends at a proxy, so the request may look plain here: every
					// answer carries it (browsers heed it only over HTTPS)
					headers.httpStrictTransportSecurity((hsts) -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
						.maxAgeInSeconds(HSTS_SECONDS)
						.includeSubDomains(false));
				}
			});
		DefaultSecurityFilterChain chain = http.build();
		chain.getFilters()
			.stream()
			.filter(AuthorizationFilter.class::isInstance)
			.map((filter) -> ((AuthorizationFilter) filter).getAuthorizationManager())
			.findFirst()
			.ifPresent(multipart::use);
		return chain;
	}

	/** Checks passwords against the accounts, throttled, and rehashes old formats. */
	@Bean
	ThrottledSignIn throttledSignIn(AccountRepository accounts, AccountService service, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AccountAudit audit) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails(accounts));
		passwords.setPasswordEncoder(passwordEncoder);
		passwords.setUserDetailsPasswordService(rehashing(service));
		return new ThrottledSignIn(passwords, throttle, audit);
	}

	/** The throttled sign-in is the one way in; nothing else checks passwords. */
	@Bean
	AuthenticationProvider authenticationProvider(ThrottledSignIn signIn) {
		return signIn;
	}

	/** With an {@code https} public URL the session cookie is sent over HTTPS only. */
	@Bean
	DefaultCookieSerializerCustomizer secureSessionCookie(PublicUrl publicUrl) {
		return (serializer) -> {
			if (publicUrl.secure()) {
				serializer.setUseSecureCookie(true);
			}
		};
	}

	/**
	 * Knows every signed-in session on every web node (they are rows in the database), so
	 * disabling an account, resetting its password or changing one's own ends them
	 * wherever they are.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/**
	 * Two requests of one session that add the same attribute at once (two forms posted
	 * together, each leaving a message for the page after it) both insert its row:
	 * PostgreSQL's upsert lets the later one win instead of failing the request.
	 */
	@Bean
	static PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/** A session that cannot be saved while the database is down is an outage page. */
	@Bean
	FilterRegistrationBean<SessionStoreOutage> sessionStoreOutage() {
		FilterRegistrationBean<SessionStoreOutage> registration = new FilterRegistrationBean<>(
				new SessionStoreOutage());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(Role.ADMIN.name()).implies(Role.EDITOR.name()).build();
	}

	private static UserDetailsService userDetails(AccountRepository accounts) {
		return (username) -> accounts.findByUsername(username)
			.map((account) -> User.withUsername(account.getUsername())
				.password(account.getPasswordHash())
				.roles(account.getRole().name())
				.disabled(!account.isEnabled())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	private static UserDetailsPasswordService rehashing(AccountService accounts) {
		return (user, newPassword) -> {
			accounts.rehash(user.getUsername(), newPassword);
			return User.withUserDetails(user).password(newPassword).build();
		};
	}

}
