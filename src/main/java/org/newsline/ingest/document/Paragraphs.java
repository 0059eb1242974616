package org.newsline.ingest.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text into paragraphs and normalises the whitespace inside them.
 */
final class Paragraphs {

	private static final Pattern BULLET = Pattern.compile("^[*•·▪◦‣\\-]\\s+(\\S.*)$");

	private static final int WRAPPED_MAX_LINE = 100;

	private static final int WRAPPED_MIN_LINE = 40;

	private Paragraphs() {
	}

	/**
	 * Paragraphs are separated by blank lines. Inside a group of lines, each line is a
	 * paragraph (files that put one paragraph on each line), unless the lines look
	 * hard-wrapped at a fixed width, when they are joined.
	 */
	static List<Block> split(String text) {
		List<Block> blocks = new ArrayList<>();
		List<String> group = new ArrayList<>();
		int start = 0;
		int length = text.length();
		while (start <= length) {
			int end = nextLineBreak(text, start);
			String line = normalize(text.substring(start, end));
			if (line.isEmpty()) {
				addGroup(group, blocks);
				group.clear();
			}
			else {
				group.add(line);
			}
			if (end >= length) {
				break;
			}
			start = (text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') ? end + 2 : end + 1;
		}
		addGroup(group, blocks);
		return blocks;
	}

	private static int nextLineBreak(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
				return i;
			}
		}
		return text.length();
	}

	private static void addGroup(List<String> lines, List<Block> blocks) {
		if (lines.isEmpty()) {
			return;
		}
		boolean standalone = lines.size() == 1;
		if (!standalone && isHardWrapped(lines)) {
			StringBuilder paragraph = new StringBuilder();
			for (String line : lines) {
				Matcher bullet = BULLET.matcher(line);
				if (bullet.matches()) {
					flush(paragraph, blocks);
					blocks.add(new Block(bullet.group(1), true, false));
				}
				else {
					paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
				}
			}
			flush(paragraph, blocks);
			return;
		}
		for (String line : lines) {
			Matcher bullet = BULLET.matcher(line);
			blocks.add(bullet.matches() ? new Block(bullet.group(1), true, standalone)
					: new Block(line, false, standalone));
		}
	}

	private static void flush(StringBuilder paragraph, List<Block> blocks) {
		if (!paragraph.isEmpty()) {
			blocks.add(new Block(paragraph.toString(), false, true));
			paragraph.setLength(0);
		}
	}

	private static boolean isHardWrapped(List<String> lines) {
		int open = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.length() > WRAPPED_MAX_LINE) {
				return false;
			}
			if (i < lines.size() - 1) {
				if (line.length() < WRAPPED_MIN_LINE && !BULLET.matcher(line).matches()) {
					return false;
				}
				if (!endsSentence(line)) {
					open++;
				}
			}
		}
		return open * 2 >= lines.size() - 1;
	}

	/**
	 * Whether a line ends like a sentence: with final punctuation, possibly followed by
	 * closing quotes or brackets.
	 */
	static boolean endsSentence(String line) {
		int i = line.length() - 1;
		while (i >= 0 && "\"'”’»)]*".indexOf(line.charAt(i)) >= 0) {
			i--;
		}
		return i >= 0 && ".!?…".indexOf(line.charAt(i)) >= 0;
	}

	static int wordCount(String text) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean space = text.charAt(i) == ' ';
			if (!space && !inWord) {
				words++;
			}
			inWord = !space;
		}
		return words;
	}

	/**
	 * Normalises one paragraph: composed Unicode (NFC), every kind of space (including
	 * NBSP) as a plain space, invisible and control characters and halves of broken
	 * surrogate pairs (which no encoder can write) removed, runs of spaces collapsed,
	 * ends trimmed.
	 */
	static String normalize(String text) {
		String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(composed.length());
		boolean pendingSpace = false;
		for (int i = 0; i < composed.length(); i++) {
			char c = composed.charAt(i);
			if (isSpace(c)) {
				pendingSpace = true;
			}
			else if (isInvisible(c) || isLoneSurrogate(composed, i)) {
				continue;
			}
			else {
				if (pendingSpace && !out.isEmpty()) {
					out.append(' ');
				}
				pendingSpace = false;
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
	}

	private static boolean isInvisible(char c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.UNASSIGNED || c == '\u200B' || c == '\uFEFF'
				|| c == '\u00AD' || c == '\u2060' || c == '\u200E' || c == '\u200F';
	}

	private static boolean isLoneSurrogate(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
	}

	/**
	 * Whether a text holds nothing but spaces and invisible characters.
	 */
	static boolean isBlank(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isSpace(c) && !isInvisible(c)) {
				return false;
			}
		}
		return true;
	}

}
