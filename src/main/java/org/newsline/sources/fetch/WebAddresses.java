package org.newsline.sources.fetch;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Web addresses as Newsline keeps them: only {@code http} and {@code https}, without user
 * information or fragment, the host in lower case (and in ASCII), no default port, and
 * without the tracking parameters ({@code utm_*}, {@code fbclid} …) that make one article
 * look like many.
 */
public final class WebAddresses {

	/** The longest address kept; an article's key holds up to 500 characters. */
	public static final int MAX_LENGTH = 500;

	private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
			"mc_cid", "mc_eid", "igshid", "yclid", "_ga", "_gl", "ocid", "cmpid", "smid", "at_medium", "at_campaign");

	private static final Pattern TRACKING_PREFIX = Pattern.compile("(?i)(utm_|pk_|mtm_|__s|ito|oly_).*");

	private WebAddresses() {
	}

	/**
	 * Parses an address an admin or a feed gave; refuses anything but an absolute
	 * {@code http} or {@code https} address with a host.
	 */
	public static URI parse(String text) throws FetchRefused {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new FetchRefused("an empty address");
		}
		String shown = shown(trimmed);
		URI uri;
		try {
			uri = new URI(trimmed);
		}
		catch (URISyntaxException ex) {
			throw new FetchRefused(shown + " is not a valid web address");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (scheme == null) {
			throw new FetchRefused(shown + " is not a full web address (it needs http:// or https://)");
		}
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new FetchRefused(shown + " refused: only http and https addresses are fetched, not " + scheme + ":");
		}
		if (uri.getRawUserInfo() != null) {
			throw new FetchRefused(shown + " refused: addresses with a user name or password are not fetched");
		}
		String host = host(uri);
		if (host == null) {
			throw new FetchRefused(shown + " is not a valid web address (it has no host)");
		}
		if (uri.getPort() == 0 || uri.getPort() > 65535) {
			throw new FetchRefused(shown + " is not a valid web address (port " + uri.getPort() + ")");
		}
		try {
			String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
			String authority = (host.contains(":") ? "[" + host + "]" : host)
					+ ((uri.getPort() < 0 || uri.getPort() == defaultPort(scheme)) ? "" : ":" + uri.getPort());
			String query = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
			return URI.create(new URI(scheme + "://" + authority + path + query).toASCIIString());
		}
		catch (URISyntaxException ex) {
			throw new FetchRefused(shown + " is not a valid web address");
		}
	}

	/**
	 * The address under which an article is kept: the parsed address without its tracking
	 * parameters.
	 */
	public static String key(URI uri) {
		String query = uri.getRawQuery();
		String kept = null;
		if (query != null) {
			List<String> parameters = new ArrayList<>();
			for (String parameter : query.split("&")) {
				String name = parameter.split("=", 2)[0];
				if (!parameter.isEmpty() && !TRACKING.contains(name.toLowerCase(Locale.ROOT))
						&& !TRACKING_PREFIX.matcher(name).matches()) {
					parameters.add(parameter);
				}
			}
			kept = parameters.isEmpty() ? null : String.join("&", parameters);
		}
		String base = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
		return (kept != null) ? base + "?" + kept : base;
	}

	/** Resolves a link found in a page or a redirect against the address it came from. */
	public static URI resolve(URI base, String link) throws FetchRefused {
		try {
			return parse(base.resolve(new URI(link.strip())).toString());
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			throw new FetchRefused(shown(link) + " is not a valid web address");
		}
	}

	/** Host and port as a refusal names them. */
	public static String origin(URI uri) {
		return uri.getRawAuthority();
	}

	/** The host without IPv6 brackets, in ASCII. */
	static @Nullable String host(URI uri) {
		String host = uri.getHost();
		if (host == null && uri.getRawAuthority() != null) {
			// a host with letters beyond ASCII: URI leaves it unparsed
			String authority = uri.getRawAuthority();
			int at = authority.lastIndexOf('@');
			String hostPort = authority.substring(at + 1);
			int colon = hostPort.lastIndexOf(':');
			String name = (colon > 0 && !hostPort.startsWith("[")) ? hostPort.substring(0, colon) : hostPort;
			try {
				host = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		if (host == null || host.isEmpty()) {
			return null;
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		return host.toLowerCase(Locale.ROOT);
	}

	static int port(URI uri) {
		return (uri.getPort() > 0) ? uri.getPort() : defaultPort(uri.getScheme());
	}

	private static int defaultPort(String scheme) {
		return scheme.equals("https") ? 443 : 80;
	}

	/** An address as a message shows it: printable and not too long. */
	public static String shown(String text) {
		String printable = text.codePoints()
			.filter((c) -> c >= 0x20 && c != 0x7F && !Character.isISOControl(c)
					&& Character.getType(c) != Character.FORMAT)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (printable.length() <= 200) ? printable : printable.substring(0, 199) + "…";
	}

}
