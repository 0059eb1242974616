package org.newsline.timeline.cache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.newsline.shared.DataVersion;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps the responses anonymous readers get, per address and {@link DataVersion}: every
 * anonymous reader of a view sees the same bytes until the data changes (which is what
 * the ETag already promises), so a view is rendered once per change instead of once per
 * reader. A response is kept only when it is a 200 that sets no cookie; signed-in users,
 * requests conditional on a date and anything but GET pass through; a request whose
 * {@code If-None-Match} names the kept page's ETag gets a 304. The cache holds at most
 * {@code maxBytes} of bodies, dropping the least recently used.
 * <p>
 * Once the data version moves on, the first reader of a view renders it again while
 * readers arriving during that rendering get the view as it was. Only one such rendering
 * runs at a time: a change makes every busy view stale at once, and rendering them all
 * together would take both processors from the readers; the others are served as they
 * were until their turn comes.
 */
public class ReaderPageCache extends OncePerRequestFilter {

	/** The headers a kept response is served with again; the rest come from the chain. */
	private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE,
			HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, HttpHeaders.ETAG,
			HttpHeaders.LAST_MODIFIED);

	/** Renderings of views that still have an older page to answer with, at once. */
	private static final int MAX_REVALIDATING = 1;

	private final DataVersion version;

	private final List<PathPattern> paths;

	private final long maxBytes;

	private final int maxEntryBytes;

	private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);

	/**
	 * The addresses a request is rendering right now, each marked whether an older page
	 * of it still answers meanwhile.
	 */
	private final Map<String, Boolean> rendering = new HashMap<>();

	/** How many renderings of views with an older page run, at most one. */
	private int revalidating;

	private long bytes;

	public ReaderPageCache(DataVersion version, List<String> paths, long maxBytes, int maxEntryBytes) {
		this.version = version;
		this.paths = paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.maxBytes = maxBytes;
		this.maxEntryBytes = maxEntryBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || (request.getHeader(HttpHeaders.IF_NONE_MATCH) == null
				&& request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null) || !anonymous()) {
			return true;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return this.paths.stream().noneMatch((pattern) -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		long current = this.version.current();
		Page kept = get(key, current);
		if (kept != null) {
			kept.writeHeaders(response);
			String etag = kept.etag();
			if (etag == null || !new ServletWebRequest(request, response).checkNotModified(etag)) {
				kept.writeBody(response);
			}
			return;
		}
		try {
			ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, capture);
			if (capture.getStatus() == HttpServletResponse.SC_OK && !capture.containsHeader(HttpHeaders.SET_COOKIE)
					&& capture.getContentSize() <= this.maxEntryBytes && !request.isAsyncStarted()) {
				put(key, Page.of(current, capture));
			}
			capture.copyBodyToResponse();
		}
		finally {
			rendered(key);
		}
	}

	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return request.getRequestURI() + ((query != null) ? "?" + query : "") + " " + ((accept != null) ? accept : "");
	}

	/**
	 * The page to answer with, or null when this request renders it. A page of an older
	 * data version still answers while another request renders the current one, so that a
	 * change costs one rendering per view, not one per reader arriving meanwhile, and
	 * nobody waits for it but the reader who renders it. While another view with an older
	 * page is being rendered, this one is answered as it was too.
	 */
	private synchronized @Nullable Page get(String key, long current) {
		Page page = this.pages.get(key);
		if (page != null && page.version() >= current) {
			return page;
		}
		if (page == null) {
			this.rendering.putIfAbsent(key, false);
			return null;
		}
		if (this.rendering.containsKey(key) || this.revalidating >= MAX_REVALIDATING) {
			return page;
		}
		this.rendering.put(key, true);
		this.revalidating++;
		return null;
	}

	private synchronized void put(String key, Page page) {
		Page replaced = this.pages.get(key);
		if (replaced != null && replaced.version() > page.version()) {
			return;
		}
		this.pages.put(key, page);
		this.bytes += page.body().length - ((replaced != null) ? replaced.body().length : 0);
		var eldest = this.pages.entrySet().iterator();
		while (this.bytes > this.maxBytes && eldest.hasNext()) {
			this.bytes -= eldest.next().getValue().body().length;
			eldest.remove();
		}
	}

	private synchronized void rendered(String key) {
		if (Boolean.TRUE.equals(this.rendering.remove(key))) {
			this.revalidating--;
		}
	}

	/** How many responses are kept, for tests and diagnostics. */
	synchronized int size() {
		return this.pages.size();
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
	}

	private record Page(long version, List<Map.Entry<String, String>> headers, @Nullable String etag, byte[] body) {

		static Page of(long version, ContentCachingResponseWrapper response) {
			List<Map.Entry<String, String>> headers = new ArrayList<>();
			for (String name : KEPT_HEADERS) {
				for (String value : response.getHeaders(name)) {
					headers.add(Map.entry(name, value));
				}
			}
			if (response.getContentType() != null && !response.containsHeader(HttpHeaders.CONTENT_TYPE)) {
				headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, response.getContentType()));
			}
			return new Page(version, List.copyOf(headers), response.getHeader(HttpHeaders.ETAG),
					response.getContentAsByteArray());
		}

		void writeHeaders(HttpServletResponse response) {
			java.util.Set<String> written = new java.util.HashSet<>();
			for (Map.Entry<String, String> header : this.headers) {
				if (written.add(header.getKey())) {
					response.setHeader(header.getKey(), header.getValue());
				}
				else {
					response.addHeader(header.getKey(), header.getValue());
				}
			}
		}

		void writeBody(HttpServletResponse response) throws IOException {
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

}
