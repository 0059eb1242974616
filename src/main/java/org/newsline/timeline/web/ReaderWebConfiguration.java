package org.newsline.timeline.web;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsline.shared.DataVersion;
import org.newsline.timeline.cache.ReaderPageCache;
import org.newsline.timeline.model.TimelineFilter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds {@link TimelineFilter} from query parameters on every reader endpoint, and lets
 * browsers and caches keep anonymous reader responses: an ETag and Last-Modified from the
 * in-memory {@link DataVersion}, {@code Cache-Control: public, max-age=60}, and a 304 to
 * a revalidation that costs no database query.
 */
@Configuration(proxyBeanMethods = false)
class ReaderWebConfiguration implements WebMvcConfigurer {

	static final List<String> READER_PATHS = List.of("/", "/events/**", "/actors/**", "/claims", "/claims/**",
			"/sources/**", "/api/events/**", "/api/events", "/api/actors/**", "/api/actors", "/api/claims",
			"/api/articles", "/feed.atom", "/export/**");

	/**
	 * The reader views kept by the {@link ReaderPageCache}: pages, feeds and API answers,
	 * not the exports, which can be large and are rarely read twice.
	 */
	static final List<String> CACHED_PATHS = READER_PATHS.stream()
		.filter((path) -> !path.startsWith("/export"))
		.toList();

	/** What the page cache holds at most: some hundreds of timeline views. */
	private static final long PAGE_CACHE_BYTES = 32L * 1024 * 1024;

	/** The largest response the page cache keeps. */
	private static final int PAGE_CACHE_ENTRY_BYTES = 1024 * 1024;

	private final DataVersion version;

	private final ReaderRateLimits rateLimits;

	ReaderWebConfiguration(DataVersion version, RateLimitSettings rateLimits) {
		this.version = version;
		this.rateLimits = new ReaderRateLimits(rateLimits);
	}

	/** The rate limits, for tests that need to start from a clean count. */
	@Bean
	ReaderRateLimits readerRateLimits() {
		return this.rateLimits;
	}

	/**
	 * After Spring Security's filters, so that it knows who is signed in and every
	 * response gets the security headers.
	 */
	@Bean
	FilterRegistrationBean<ReaderPageCache> readerPageCache() {
		FilterRegistrationBean<ReaderPageCache> registration = new FilterRegistrationBean<>(
				new ReaderPageCache(this.version, CACHED_PATHS, PAGE_CACHE_BYTES, PAGE_CACHE_ENTRY_BYTES));
		registration.setOrder(0);
		return registration;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new FilterResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ReaderCaching(this.version)).addPathPatterns(READER_PATHS);
		// after the 304 check: a revalidation costs nothing and is never counted
		registry.addInterceptor(this.rateLimits).addPathPatterns(READER_PATHS).addPathPatterns("/api/**");
	}

	/** Binds a timeline filter from the query parameters. */
	static final class FilterResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == TimelineFilter.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
				NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
			return TimelineFilter.of(webRequest.getParameterMap());
		}

	}

	/** Conditional GETs for anonymous readers, answered from the data version alone. */
	static final class ReaderCaching implements HandlerInterceptor {

		private static final CacheControl PUBLIC = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();

		private final DataVersion version;

		ReaderCaching(DataVersion version) {
			this.version = version;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String method = request.getMethod();
			if (!("GET".equals(method) || "HEAD".equals(method)) || !anonymous()) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
				return true;
			}
			response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC.getHeaderValue());
			response.setHeader(HttpHeaders.VARY, "Cookie");
			String etag = "W/\"" + Long.toString(this.version.current(), 36) + "\"";
			return !new ServletWebRequest(request, response).checkNotModified(etag,
					this.version.lastModified().toEpochMilli());
		}

		private static boolean anonymous() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return authentication == null || authentication instanceof AnonymousAuthenticationToken
					|| !authentication.isAuthenticated();
		}

	}

}
