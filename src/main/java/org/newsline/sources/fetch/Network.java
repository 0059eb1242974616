package org.newsline.sources.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A block of addresses in CIDR notation, such as {@code 10.0.0.0/8} or {@code fc00::/7};
 * a single address is a block of one.
 */
final class Network {

	private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	private final byte[] prefix;

	private final int bits;

	private final String text;

	private Network(byte[] prefix, int bits, String text) {
		this.prefix = prefix;
		this.bits = bits;
		this.text = text;
	}

	/**
	 * Parses {@code ADDRESS/BITS} or a single address; only literal addresses are taken,
	 * so parsing never asks DNS.
	 */
	static Network parse(String cidr) {
		String text = cidr.strip();
		int slash = text.indexOf('/');
		String address = (slash < 0) ? text : text.substring(0, slash);
		if (!LITERAL.matcher(address).matches()) {
			throw new IllegalArgumentException("'" + cidr + "' is not an address block such as 10.0.0.0/8 or fc00::/7");
		}
		byte[] bytes;
		try {
			bytes = InetAddress.getByName(address).getAddress();
			if (address.contains(":") && bytes.length == 4) {
				// the JDK turns an IPv4-mapped IPv6 literal into its IPv4 address
				byte[] mapped = new byte[16];
				mapped[10] = (byte) 0xFF;
				mapped[11] = (byte) 0xFF;
				System.arraycopy(bytes, 0, mapped, 12, 4);
				bytes = mapped;
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("'" + cidr + "' is not an address block such as 10.0.0.0/8 or fc00::/7");
		}
		int bits = bytes.length * 8;
		if (slash >= 0) {
			try {
				bits = Integer.parseInt(text.substring(slash + 1));
			}
			catch (NumberFormatException ex) {
				bits = -1;
			}
			if (bits < 0 || bits > bytes.length * 8) {
				throw new IllegalArgumentException(
						"'" + cidr + "' has a prefix length outside 0 to " + (bytes.length * 8));
			}
		}
		return new Network(bytes, bits, text);
	}

	/** Whether the address lies in this block; IPv4 and IPv6 blocks never mix. */
	boolean contains(InetAddress address) {
		return contains(address.getAddress());
	}

	boolean contains(byte[] address) {
		if (address.length != this.prefix.length) {
			return false;
		}
		int whole = this.bits / 8;
		for (int i = 0; i < whole; i++) {
			if (address[i] != this.prefix[i]) {
				return false;
			}
		}
		int rest = this.bits % 8;
		if (rest == 0) {
			return true;
		}
		int mask = (0xFF << (8 - rest)) & 0xFF;
		return (address[whole] & mask) == (this.prefix[whole] & mask);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Network network && this.bits == network.bits
				&& Arrays.equals(this.prefix, network.prefix);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.prefix) + this.bits;
	}

	@Override
	public String toString() {
		return this.text;
	}

}
