package org.newsline.sources.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Decides which addresses the fetcher may connect to: public unicast addresses, and any
 * address in the allowed networks. Everything that leads into the network Newsline runs
 * in is refused: loopback, private and unique-local, link-local, shared (carrier-grade
 * NAT), multicast, unspecified, reserved and documentation blocks, and the cloud metadata
 * addresses. An IPv6 address that carries an IPv4 address (mapped, translated, NAT64,
 * 6to4) is judged by the IPv4 address it carries.
 */
final class AddressPolicy {

	private static final List<Kind> IPV4 = List.of(kind("169.254.169.254/32", "a cloud metadata address"),
			kind("100.100.100.200/32", "a cloud metadata address"), kind("192.0.0.192/32", "a cloud metadata address"),
			kind("0.0.0.0/8", "an unspecified address"), kind("127.0.0.0/8", "a loopback address"),
			kind("10.0.0.0/8", "a private address"), kind("172.16.0.0/12", "a private address"),
			kind("192.168.0.0/16", "a private address"), kind("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
			kind("169.254.0.0/16", "a link-local address"), kind("192.0.0.0/24", "a reserved address"),
			kind("192.0.2.0/24", "a documentation address"), kind("198.51.100.0/24", "a documentation address"),
			kind("203.0.113.0/24", "a documentation address"), kind("198.18.0.0/15", "a benchmarking address"),
			kind("224.0.0.0/4", "a multicast address"), kind("240.0.0.0/4", "a reserved address"));

	private static final List<Kind> IPV6 = List.of(kind("fd00:ec2::254/128", "a cloud metadata address"),
			kind("::/128", "an unspecified address"), kind("::1/128", "a loopback address"),
			kind("fc00::/7", "a private (unique local) address"), kind("fe80::/10", "a link-local address"),
			kind("fec0::/10", "a private (site-local) address"), kind("ff00::/8", "a multicast address"),
			kind("2001:db8::/32", "a documentation address"), kind("100::/64", "a reserved (discard) address"),
			kind("2001::/32", "a Teredo tunnel address"), kind("::/96", "a reserved (IPv4-compatible) address"));

	private static final Network MAPPED = Network.parse("::ffff:0:0/96");

	private static final Network TRANSLATED = Network.parse("::ffff:0:0:0/96");

	private static final Network NAT64 = Network.parse("64:ff9b::/96");

	private static final Network LOCAL_NAT64 = Network.parse("64:ff9b:1::/48");

	private static final Network SIX_TO_FOUR = Network.parse("2002::/16");

	private final List<Network> allowed;

	AddressPolicy(List<Network> allowed) {
		this.allowed = List.copyOf(allowed);
	}

	static AddressPolicy allowing(List<String> networks) {
		return new AddressPolicy(networks.stream().filter((text) -> !text.isBlank()).map(Network::parse).toList());
	}

	/**
	 * Why the fetcher may not connect to this address, such as "a private address", or
	 * null when it may.
	 */
	@Nullable String refusal(InetAddress address) {
		for (Network network : this.allowed) {
			if (network.contains(address)) {
				return null;
			}
		}
		return kindOf(address.getAddress());
	}

	private @Nullable String kindOf(byte[] bytes) {
		if (bytes.length == 4) {
			return firstKind(IPV4, bytes);
		}
		byte[] carried = carriedIpv4(bytes);
		if (carried != null) {
			String kind = refusalOfCarried(carried);
			return (kind != null) ? kind + " inside an IPv6 address" : null;
		}
		return firstKind(IPV6, bytes);
	}

	private @Nullable String refusalOfCarried(byte[] ipv4) {
		try {
			for (Network network : this.allowed) {
				if (network.contains(InetAddress.getByAddress(ipv4))) {
					return null;
				}
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
		return firstKind(IPV4, ipv4);
	}

	/**
	 * The IPv4 address an IPv6 address stands for, when it is one of the forms that reach
	 * an IPv4 host.
	 */
	private static byte @Nullable [] carriedIpv4(byte[] bytes) {
		if (MAPPED.contains(bytes) || TRANSLATED.contains(bytes) || NAT64.contains(bytes)
				|| LOCAL_NAT64.contains(bytes)) {
			return Arrays.copyOfRange(bytes, 12, 16);
		}
		if (SIX_TO_FOUR.contains(bytes)) {
			return Arrays.copyOfRange(bytes, 2, 6);
		}
		return null;
	}

	private static @Nullable String firstKind(List<Kind> kinds, byte[] bytes) {
		for (Kind kind : kinds) {
			if (kind.network().contains(bytes)) {
				return kind.description();
			}
		}
		return null;
	}

	/** Whether the address is IPv4 or IPv6, as a refusal names it. */
	static String family(InetAddress address) {
		return (address instanceof Inet4Address) ? "IPv4" : (address instanceof Inet6Address) ? "IPv6" : "IP";
	}

	private static Kind kind(String cidr, String description) {
		return new Kind(Network.parse(cidr), description);
	}

	private record Kind(Network network, String description) {
	}

}
