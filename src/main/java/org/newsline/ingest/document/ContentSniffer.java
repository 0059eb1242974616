package org.newsline.ingest.document;

import java.util.Locale;

/**
 * Recognises binary data and HTML markup from a file's first bytes and characters.
 */
final class ContentSniffer {

	private static final int SAMPLE = 64 * 1024;

	private static final double MAX_CONTROL_RATIO = 0.02;

	private static final byte[][] BINARY_SIGNATURES = { { (byte) 0x89, 'P', 'N', 'G' }, { 'G', 'I', 'F', '8' },
			{ (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, { '%', 'P', 'D', 'F', '-' }, { 'P', 'K', 3, 4 },
			{ 'P', 'K', 5, 6 }, { 0x1F, (byte) 0x8B }, { 'B', 'Z', 'h' }, { '7', 'z', (byte) 0xBC, (byte) 0xAF },
			{ 'R', 'I', 'F', 'F' }, { 0x7F, 'E', 'L', 'F' }, { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 },
			{ 'R', 'a', 'r', '!' } };

	private ContentSniffer() {
	}

	static boolean hasBinarySignature(byte[] bytes) {
		for (byte[] signature : BINARY_SIGNATURES) {
			if (bytes.length >= signature.length && startsWith(bytes, signature)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether decoded text holds NUL characters or more than a few control characters, as
	 * binary data read as text does.
	 */
	static boolean looksBinary(String text) {
		int sample = Math.min(text.length(), SAMPLE);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return true;
			}
			if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
				control++;
			}
		}
		return sample > 0 && control > sample * MAX_CONTROL_RATIO;
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
