package org.newsline.ingest.document;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Recognises binary data and HTML markup from a file's first bytes and characters.
 */
final class ContentSniffer {

	private static final double MAX_CONTROL_RATIO = 0.02;

	/**
	 * Magic numbers of files that are not text, by what they are. Compressed data and
	 * archives are named as such: they are refused on sight, never unpacked, so a small
	 * file that would expand to gigabytes (a "zip bomb") costs nothing.
	 */
	private static final List<Signature> SIGNATURES = List.of(compressed("gzip", 0x1F, 0x8B),
			compressed("ZIP", 'P', 'K', 3, 4), compressed("ZIP", 'P', 'K', 5, 6), compressed("ZIP", 'P', 'K', 7, 8),
			compressed("bzip2", 'B', 'Z', 'h'), compressed("xz", 0xFD, '7', 'z', 'X', 'Z', 0),
			compressed("Zstandard", 0x28, 0xB5, 0x2F, 0xFD), compressed("7-Zip", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
			compressed("RAR", 'R', 'a', 'r', '!', 0x1A, 0x07), compressed("LZ4", 0x04, 0x22, 0x4D, 0x18),
			compressed("Unix compress", 0x1F, 0x9D), compressed("LZMA", 0x5D, 0, 0),
			binary("a PNG image", 0x89, 'P', 'N', 'G'), binary("a GIF image", 'G', 'I', 'F', '8', '7', 'a'),
			binary("a GIF image", 'G', 'I', 'F', '8', '9', 'a'), binary("a JPEG image", 0xFF, 0xD8, 0xFF),
			binary("a PDF document", '%', 'P', 'D', 'F', '-'), binary("a RIFF media file", 'R', 'I', 'F', 'F'),
			binary("an ELF executable", 0x7F, 'E', 'L', 'F'), binary("a Windows executable", 'M', 'Z', 0x90, 0),
			binary("a Java class file", 0xCA, 0xFE, 0xBA, 0xBE), binary("a Mach-O executable", 0xCF, 0xFA, 0xED, 0xFE),
			binary("a WebAssembly module", 0, 'a', 's', 'm'), binary("an Office document", 0xD0, 0xCF, 0x11, 0xE0),
			binary("an SQLite database", 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't'),
			binary("an Ogg media file", 'O', 'g', 'g', 'S'), binary("an MP3 file", 'I', 'D', '3', 3, 0),
			binary("an MP3 file", 'I', 'D', '3', 4, 0), binary("a WOFF font", 'w', 'O', 'F', 'F'));

	/** Where a tar archive keeps its magic number. */
	private static final int TAR_MAGIC_OFFSET = 257;

	private static final byte[] TAR_MAGIC = { 'u', 's', 't', 'a', 'r' };

	private ContentSniffer() {
	}

	/**
	 * What a file's first bytes say it is, when they are the magic number of a binary
	 * format; {@code null} when they are not.
	 */
	static @Nullable Signature signature(byte[] bytes) {
		for (Signature signature : SIGNATURES) {
			if (startsWith(bytes, 0, signature.magic())) {
				return signature;
			}
		}
		if (startsWith(bytes, TAR_MAGIC_OFFSET, TAR_MAGIC)) {
			return new Signature("tar", true, TAR_MAGIC);
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		if (bytes.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static Signature compressed(String format, int... magic) {
		return new Signature(format, true, bytes(magic));
	}

	private static Signature binary(String kind, int... magic) {
		return new Signature(kind, false, bytes(magic));
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	/**
	 * Whether decoded text holds NUL characters or more than a few control characters, as
	 * binary data read as text does. The whole text is looked at, so binary data behind a
	 * page of harmless text (an archive appended to an HTML file) is found too.
	 */
	static boolean looksBinary(String text) {
		int control = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return true;
			}
			if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
				control++;
			}
		}
		return length > 0 && control > length * MAX_CONTROL_RATIO;
	}

	/**
	 * Whether a text file is in fact an HTML page: it opens with a doctype, an
	 * {@code <html>}, {@code <head>} or {@code <body>} tag (after any comments), or it is
	 * markup throughout with several paragraph tags.
	 */
	static boolean looksLikeHtml(String text) {
		String head = text.substring(0, Math.min(text.length(), 4096)).stripLeading().toLowerCase(Locale.ROOT);
		while (head.startsWith("<!--")) {
			int end = head.indexOf("-->");
			if (end < 0) {
				return false;
			}
			head = head.substring(end + 3).stripLeading();
		}
		if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
				|| head.startsWith("<body") || head.startsWith("<?xml")) {
			return !head.startsWith("<?xml") || head.contains("<html");
		}
		return head.startsWith("<") && countOf(head, "</p>") >= 2;
	}

	/**
	 * A binary format recognised by its magic number.
	 *
	 * @param kind what the file is, as a report names it ("a PNG image", "gzip")
	 * @param compressed whether it is compressed data or an archive
	 * @param magic the bytes it starts with
	 */
	record Signature(String kind, boolean compressed, byte[] magic) {
	}

	private static int countOf(String text, String part) {
		int count = 0;
		int from = text.indexOf(part);
		while (from >= 0) {
			count++;
			from = text.indexOf(part, from + part.length());
		}
		return count;
	}

}
