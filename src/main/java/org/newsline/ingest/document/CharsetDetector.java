package org.newsline.ingest.document;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decides how an article file's bytes are encoded and decodes them.
 *
 * <p>
 * Order: a byte order mark; bytes that are valid UTF-8; for HTML, a declared
 * {@code <meta charset>}; bytes that are mostly valid UTF-8 (then the few bad sequences
 * are replaced); otherwise windows-1252, which reads every ISO-8859-1 text the same and
 * adds the typographic quotes that Windows editors write.
 */
final class CharsetDetector {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int META_PRESCAN_BYTES = 4096;

	private static final Pattern META_CHARSET = Pattern
		.compile("<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

	private CharsetDetector() {
	}

	static Decoded decode(byte[] bytes, boolean html) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return decoded(bytes, 3, StandardCharsets.UTF_8, "byte order mark");
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return decoded(bytes, 2, StandardCharsets.UTF_16BE, "byte order mark");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return decoded(bytes, 2, StandardCharsets.UTF_16LE, "byte order mark");
		}
		Utf8Scan scan = Utf8Scan.of(bytes);
		if (scan.invalid() == 0) {
			return decoded(bytes, 0, StandardCharsets.UTF_8, null);
		}
		Charset declared = html ? declaredCharset(bytes) : null;
		if (declared != null) {
			String reason = "declared in the page";
			if (declared.equals(StandardCharsets.UTF_8)) {
				reason += "; " + scan.invalid() + " invalid UTF-8 sequences replaced";
			}
			return decoded(bytes, 0, declared, reason);
		}
		if (scan.validMultibyte() > scan.invalid() * 4) {
			return decoded(bytes, 0, StandardCharsets.UTF_8, scan.invalid() + " invalid UTF-8 sequences replaced");
		}
		return decoded(bytes, 0, WINDOWS_1252, "not valid UTF-8");
	}

	private static Decoded decoded(byte[] bytes, int offset, Charset charset, @Nullable String reason) {
		String text = new String(bytes, offset, bytes.length - offset, charset);
		String note = (reason != null) ? "read as " + charset.name() + " (" + reason + ")" : null;
		return new Decoded(text, charset.name(), note);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable Charset declaredCharset(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
		Matcher matcher = META_CHARSET.matcher(head);
		if (!matcher.find()) {
			return null;
		}
		String name = matcher.group(1).toLowerCase(Locale.ROOT);
		// As browsers do, read Latin-1 and ASCII declarations as windows-1252.
		if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("latin-1") || name.equals("us-ascii")
				|| name.equals("ascii")) {
			return WINDOWS_1252;
		}
		try {
			Charset charset = Charset.forName(name);
			return (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) ? null : charset;
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return null;
		}
	}

	/**
	 * Decoded text with the name of the charset used and, when the choice is worth
	 * reporting, a note saying why.
	 */
	record Decoded(String text, String charset, @Nullable String note) {
	}

	/**
	 * Counts of well-formed multi-byte UTF-8 sequences and of bytes that cannot be UTF-8.
	 */
	record Utf8Scan(int validMultibyte, int invalid) {

		static Utf8Scan of(byte[] bytes) {
			int valid = 0;
			int invalid = 0;
			int i = 0;
			while (i < bytes.length) {
				int b = bytes[i] & 0xFF;
				if (b < 0x80) {
					i++;
					continue;
				}
				int length = sequenceLength(b);
				if (length > 0 && wellFormed(bytes, i, length)) {
					valid++;
					i += length;
				}
				else {
					invalid++;
					i++;
				}
			}
			return new Utf8Scan(valid, invalid);
		}

		private static int sequenceLength(int lead) {
			if (lead >= 0xC2 && lead <= 0xDF) {
				return 2;
			}
			if (lead >= 0xE0 && lead <= 0xEF) {
				return 3;
			}
			if (lead >= 0xF0 && lead <= 0xF4) {
				return 4;
			}
			return 0;
		}

		private static boolean wellFormed(byte[] bytes, int start, int length) {
			if (start + length > bytes.length) {
				return false;
			}
			int lead = bytes[start] & 0xFF;
			int second = bytes[start + 1] & 0xFF;
			int low = 0x80;
			int high = 0xBF;
			if (lead == 0xE0) {
				low = 0xA0;
			}
			else if (lead == 0xED) {
				high = 0x9F;
			}
			else if (lead == 0xF0) {
				low = 0x90;
			}
			else if (lead == 0xF4) {
				high = 0x8F;
			}
			if (second < low || second > high) {
				return false;
			}
			for (int k = 2; k < length; k++) {
				int next = bytes[start + k] & 0xFF;
				if (next < 0x80 || next > 0xBF) {
					return false;
				}
			}
			return true;
		}

	}

}
