package org.newsline.sources.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's name resolution, which must never be used: the fetcher resolves and
 * vets every host itself and hands the client the address to connect to. Should the
 * client try to resolve a name anyway, it fails instead of reaching an unchecked address.
 */
final class NoResolution implements DnsResolver {

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		throw new UnknownHostException("the fetcher resolves " + host + " itself");
	}

	@Override
	public String resolveCanonicalHostname(String host) throws UnknownHostException {
		throw new UnknownHostException("the fetcher resolves " + host + " itself");
	}

}
