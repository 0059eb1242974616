package org.newsline.accounts;

import org.newsline.shared.DatabaseOutage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who may reach what: readers need no account, {@code /desk/**} needs an editor,
 * {@code /admin/**} an admin, {@code /account/**} any signed-in user, and every write
 * outside the login form needs an editor. Sign-ins are throttled after repeated failures.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, SessionRegistry sessions)
			throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler toDesk = new SavedRequestAwareAuthenticationSuccessHandler();
		toDesk.setDefaultTargetUrl("/desk");
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/desk/**")
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
				throttle.succeeded(authentication.getName(), request.getRemoteAddr());
				toDesk.onAuthenticationSuccess(request, response, authentication);
			}).failureHandler((request, response, exception) -> {
				if (DatabaseOutage.isCauseOf(exception)) {
					// The password could not be checked: no wrong attempt to count or
					// report, just the "briefly unavailable" page
					response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
					response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
					return;
				}
				throttle.failed(request.getParameter("username"), request.getRemoteAddr());
				response.sendRedirect(request.getContextPath() + "/login?error");
			}).permitAll())
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.sessionManagement((management) -> management.sessionFixation((fixation) -> fixation.changeSessionId())
				.sessionConcurrency((concurrency) -> concurrency.maximumSessions(-1)
					.sessionRegistry(sessions)
					.expiredUrl("/login?expired")))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * Knows every signed-in session, so disabling an account or resetting its password
	 * ends them.
	 */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(Role.ADMIN.name()).implies(Role.EDITOR.name()).build();
	}

	@Bean
	UserDetailsService userDetailsService(AccountRepository accounts) {
		return (username) -> accounts.findByUsername(username)
			.map((account) -> User.withUsername(account.getUsername())
				.password(account.getPasswordHash())
				.roles(account.getRole().name())
				.disabled(!account.isEnabled())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
