package org.newsline.ingest.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns whatever name a file arrives with (an upload's, a folder entry's) into the key it
 * is stored and reported under: one safe path element, printable, of bounded length.
 *
 * <p>
 * A name like {@code ../../etc/passwd.html} keeps only {@code passwd.html}, so it can
 * never address anything outside the folder it is stored in. Control characters (NUL,
 * line breaks) would corrupt the database and the logs, and invisible formatting
 * characters such as the right-to-left override (U+202E) can make a name ending in
 * {@code .exe} show as one ending in {@code .html}: both are removed. A name longer than
 * {@value #MAX_LENGTH} characters keeps its start and its extension, with a short hash of
 * the whole name between them so that two long names still give two keys.
 */
public final class FileNames {

	/** The longest key kept; the database allows more, a report line not much more. */
	static final int MAX_LENGTH = 200;

	private static final int MAX_EXTENSION = 10;

	private FileNames() {
	}

	/** The safe key for a file name. */
	public static String safe(String fileName) {
		String name = fileName;
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1);
		StringBuilder clean = new StringBuilder(Math.min(name.length(), 4 * MAX_LENGTH));
		name.codePoints().filter(FileNames::printable).forEach(clean::appendCodePoint);
		name = clean.toString().strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return "unnamed";
		}
		return (name.length() <= MAX_LENGTH) ? name : shortened(name);
	}

	private static boolean printable(int codePoint) {
		int type = Character.getType(codePoint);
		return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
				&& type != Character.UNASSIGNED && type != Character.PRIVATE_USE && codePoint != '\u2028'
				&& codePoint != '\u2029';
	}

	private static String shortened(String name) {
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= MAX_EXTENSION) ? name.substring(dot) : "";
		String hash = "~" + hash(name);
		int keep = MAX_LENGTH - extension.length() - hash.length() - 1;
		if (Character.isHighSurrogate(name.charAt(keep - 1))) {
			keep--;
		}
		return name.substring(0, keep).strip() + "…" + hash + extension;
	}

	private static String hash(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
