package org.newsline.sources.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.StatusLine;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * The one way Newsline reaches out to the web. For every address, and again for every
 * redirect: only {@code http} and {@code https}; the host resolved once, each of its
 * addresses checked against the {@link AddressPolicy}, and the connection made to that
 * very address (the HTTP client resolves no name itself, so a second, different DNS
 * answer cannot slip in); the host's robots.txt obeyed; one request at a time per host;
 * limits on connection time, total time and the decoded body's size; only the media types
 * the caller expects. Every refusal says why, in a sentence an admin understands.
 */
public class WebFetcher implements AutoCloseable {

	private static final int MAX_CONNECTIONS = 20;

	private final FetchSettings settings;

	private final AddressPolicy policy;

	private final Resolver resolver;

	private final long maxBytes;

	private final CloseableHttpClient client;

	private final HostPacer pacer = new HostPacer();

	private final Robots robots;

	private final ScheduledExecutorService alarms;

	public WebFetcher(FetchSettings settings, long maxBytes, String userAgent) {
		this(settings, maxBytes, userAgent, InetAddress::getAllByName);
	}

	WebFetcher(FetchSettings settings, long maxBytes, String userAgent, Resolver resolver) {
		this.settings = settings;
		this.policy = AddressPolicy.allowing(settings.allowedNetworks());
		this.resolver = resolver;
		this.maxBytes = maxBytes;
		this.robots = new Robots(settings.robotsCacheTime());
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(new NoResolution())
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.of(settings.connectTimeout()))
					.setSocketTimeout(Timeout.of(settings.totalTimeout()))
					.build())
				.setMaxConnTotal(MAX_CONNECTIONS)
				.setMaxConnPerRoute(1)
				.build())
			.setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE))
			.disableRedirectHandling()
			.disableContentCompression()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.setUserAgent(userAgent)
			.build();
		this.alarms = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "fetch-time-limit");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Fetches a document, following redirects; a 304 comes back as {@code notModified}
	 * when validators were sent.
	 */
	public Fetched fetch(URI url, Expect expect, Validators validators) throws FetchRefused {
		URI current = WebAddresses.parse(url.toString());
		String shown = WebAddresses.shown(url.toString());
		// one time limit for the whole fetch, redirects included
		long deadline = System.nanoTime() + this.settings.totalTimeout().toNanos();
		for (int redirects = 0;; redirects++) {
			Target target = vet(current, shown, redirects > 0);
			Robots.Rules rules = (expect != Expect.ROBOTS) ? this.robots.rulesFor(current, this::readRobots) : null;
			if (rules != null && !rules.allows(current)) {
				throw new FetchRefused(shown + " refused: the robots.txt of " + WebAddresses.origin(current)
						+ ((rules.unavailable() != null)
								? " cannot be read now (" + rules.unavailable()
										+ "), so nothing there is fetched until it can"
								: " disallows " + WebAddresses.shown(pathOf(current)) + " for Newsline"));
			}
			Duration pause = (rules != null) ? rules.crawlDelay(this.settings.hostDelay()) : this.settings.hostDelay();
			URI requested = current;
			Exchange exchange = this.pacer.paced(target.host().getHostName(), pause,
					() -> exchange(target, requested, expect, validators, shown, deadline));
			if (exchange.location() == null) {
				return new Fetched(url, current, exchange.notModified(), exchange.body(), exchange.mediaType(),
						exchange.charset(), exchange.validators());
			}
			if (redirects >= this.settings.maxRedirects()) {
				throw new FetchRefused(shown + " refused: more than " + this.settings.maxRedirects() + " redirects");
			}
			current = WebAddresses.resolve(current, exchange.location());
		}
	}

	private Target vet(URI url, String shown, boolean redirected) throws FetchRefused {
		String host = WebAddresses.host(url);
		String via = redirected ? " (reached by a redirect to " + WebAddresses.shown(url.toString()) + ")" : "";
		if (host == null) {
			throw new FetchRefused(shown + " is not a valid web address" + via);
		}
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			throw new FetchRefused(shown + " could not be fetched: the host " + host + " is not known" + via);
		}
		if (addresses.length == 0) {
			throw new FetchRefused(shown + " could not be fetched: the host " + host + " has no address" + via);
		}
		for (InetAddress address : addresses) {
			String refusal = this.policy.refusal(address);
			if (refusal != null) {
				String literal = address.getHostAddress();
				boolean given = host.contains(":") || host.matches("[0-9.]+");
				String what = given ? host + " is " + refusal : host + " resolves to " + literal + ", " + refusal;
				throw new FetchRefused(shown + " refused: " + what + via
						+ "; Newsline fetches only public addresses unless newsline.fetch.allowed-networks allows one");
			}
		}
		return new Target(new HttpHost(url.getScheme(), addresses[0], host, WebAddresses.port(url)));
	}

	private Exchange exchange(Target target, URI url, Expect expect, Validators validators, String shown, long deadline)
			throws FetchRefused {
		long left = deadline - System.nanoTime();
		if (left <= 0) {
			throw timedOut(shown);
		}
		HttpGet get = new HttpGet(url);
		get.setConfig(RequestConfig.custom()
			.setResponseTimeout(Timeout.of(this.settings.totalTimeout()))
			.setConnectionRequestTimeout(Timeout.of(this.settings.totalTimeout()))
			.setRedirectsEnabled(false)
			.setProtocolUpgradeEnabled(false)
			.build());
		get.setHeader("Accept", expect.accept());
		get.setHeader("Accept-Encoding", "gzip, deflate");
		if (validators.etag() != null) {
			get.setHeader("If-None-Match", validators.etag());
		}
		if (validators.lastModified() != null) {
			get.setHeader("If-Modified-Since", validators.lastModified());
		}
		ScheduledFuture<?> alarm = this.alarms.schedule(get::cancel, left, TimeUnit.NANOSECONDS);
		try (ClassicHttpResponse response = this.client.executeOpen(target.host(), get, HttpClientContext.create())) {
			return answer(response, url, expect, shown, deadline);
		}
		catch (BoundedBody.DeadlinePassed | InterruptedIOException ex) {
			throw timedOut(shown);
		}
		catch (IOException ex) {
			if (get.isCancelled() || System.nanoTime() - deadline >= 0) {
				throw timedOut(shown);
			}
			throw new FetchRefused(shown + " could not be fetched: " + describe(ex, target));
		}
		finally {
			alarm.cancel(false);
		}
	}

	private Exchange answer(ClassicHttpResponse response, URI url, Expect expect, String shown, long deadline)
			throws IOException, FetchRefused {
		int status = response.getCode();
		Validators validators = new Validators(header(response, "ETag"), header(response, "Last-Modified"));
		if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
			String location = header(response, "Location");
			if (location == null) {
				throw new FetchRefused(shown + " could not be fetched: a redirect (" + status + ") without a Location");
			}
			return Exchange.redirect(location);
		}
		if (status == 304) {
			return new Exchange(null, true, new byte[0], "", null, validators);
		}
		if (status < 200 || status >= 300) {
			throw new FetchRefused(shown + " could not be fetched: the server answered "
					+ new StatusLine(response).toString().replaceFirst("^HTTP/\\S+ ", ""), status);
		}
		HttpEntity entity = response.getEntity();
		ContentType type = (entity != null && entity.getContentType() != null) ? parse(entity.getContentType()) : null;
		String mediaType = (type != null) ? type.getMimeType().toLowerCase(Locale.ROOT) : "";
		if (!expect.accepts(mediaType)) {
			throw new FetchRefused(shown + " refused: its content type is "
					+ (mediaType.isEmpty() ? "not given" : WebAddresses.shown(mediaType)) + "; only "
					+ expect.described() + " are accepted");
		}
		long limit = (expect == Expect.ROBOTS) ? Robots.MAX_BYTES : this.maxBytes;
		if (entity.getContentLength() > limit && (entity.getContentEncoding() == null)) {
			throw new FetchRefused(shown + " refused: the body is larger than the limit of "
					+ String.format(Locale.ROOT, "%,d", limit) + " bytes ("
					+ String.format(Locale.ROOT, "%,d", entity.getContentLength()) + " announced); nothing was read");
		}
		byte[] body;
		try (InputStream in = entity.getContent()) {
			body = BoundedBody.read(in, entity.getContentEncoding(), limit, deadline, System::nanoTime, shown);
		}
		String charset = (type != null && type.getCharset() != null) ? type.getCharset().name() : null;
		return new Exchange(null, false, body, mediaType, charset, validators);
	}

	private Robots.Reader.Answer readRobots(URI robots) {
		try {
			Fetched fetched = fetch(robots, Expect.ROBOTS, Validators.NONE);
			// an HTML page where robots.txt should be (a "soft 404") has no rules
			return fetched.mediaType().equals("text/plain") ? new Robots.Reader.Answer(200, fetched.body(), null)
					: new Robots.Reader.Answer(404, new byte[0], null);
		}
		catch (FetchRefused ex) {
			if (ex.status() > 0) {
				return new Robots.Reader.Answer(ex.status(), new byte[0], null);
			}
			return new Robots.Reader.Answer(0, new byte[0], ex.getMessage());
		}
	}

	private FetchRefused timedOut(String shown) {
		return new FetchRefused(shown + " refused: it took longer than the time limit of "
				+ this.settings.totalTimeout().toSeconds() + " s; reading stopped there");
	}

	private static @Nullable ContentType parse(String header) {
		try {
			return ContentType.parseLenient(header);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static @Nullable String header(ClassicHttpResponse response, String name) {
		Header header = response.getFirstHeader(name);
		return (header != null) ? header.getValue() : null;
	}

	private static String pathOf(URI url) {
		return (url.getRawQuery() != null) ? url.getRawPath() + "?" + url.getRawQuery() : url.getRawPath();
	}

	private static String describe(IOException ex, Target target) {
		String where = target.host().toHostString();
		if (ex instanceof ConnectException || ex instanceof NoRouteToHostException) {
			return "no connection to " + where + " (" + ex.getClass().getSimpleName() + ")";
		}
		if (ex instanceof SocketTimeoutException) {
			return where + " did not answer in time";
		}
		if (ex instanceof SSLException) {
			return "the secure connection to " + where + " failed (" + ex.getClass().getSimpleName() + ")";
		}
		return "the connection to " + where + " failed (" + ex.getClass().getSimpleName() + ")";
	}

	@Override
	public void close() throws IOException {
		this.alarms.shutdownNow();
		this.client.close();
	}

	/** Turns a host name into its addresses; DNS by default. */
	@FunctionalInterface
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	/** Where one request goes: the host's name, with the vetted address to connect to. */
	private record Target(HttpHost host) {
	}

	/** One request's answer: a redirect's location, or the document. */
	private record Exchange(@Nullable String location, boolean notModified, byte[] body, String mediaType,
			@Nullable String charset, Validators validators) {

		static Exchange redirect(String location) {
			return new Exchange(location, false, new byte[0], "", null, Validators.NONE);
		}

	}

}
