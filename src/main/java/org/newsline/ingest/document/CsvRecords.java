package org.newsline.ingest.document;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 records one at a time, leniently: a stray quote or an unterminated
 * quoted field becomes a problem on the row instead of an exception.
 */
final class CsvRecords {

	private final Reader reader;

	private final int maxFieldChars;

	private int line = 1;

	private int lookahead = -2;

	CsvRecords(Reader reader, int maxFieldChars) {
		this.reader = reader;
		this.maxFieldChars = maxFieldChars;
	}

	@Nullable Row next() throws IOException {
		int c = read();
		if (c == -1) {
			return null;
		}
		int startLine = this.line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		String problem = null;
		boolean quoted = false;
		boolean wasQuoted = false;
		boolean truncated = false;
		while (true) {
			if (c == -1) {
				if (quoted) {
					problem = "a quoted field is not closed";
				}
				break;
			}
			if (quoted) {
				if (c == '"') {
					int following = read();
					if (following == '"') {
						truncated |= append(field, '"');
					}
					else {
						quoted = false;
						c = following;
						continue;
					}
				}
				else {
					if (c == '\n') {
						this.line++;
					}
					truncated |= append(field, (char) c);
				}
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r') {
					int following = read();
					if (following != '\n') {
						unread(following);
					}
				}
				this.line++;
				break;
			}
			else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
				field.setLength(0);
				quoted = true;
				wasQuoted = true;
			}
			else {
				if (c == '"' && problem == null) {
					problem = "a quote inside an unquoted field";
				}
				truncated |= append(field, (char) c);
			}
			c = read();
		}
		fields.add(field.toString());
		if (truncated && problem == null) {
			problem = "a field longer than " + this.maxFieldChars + " characters was cut";
		}
		return new Row(startLine, fields, problem);
	}

	private boolean append(StringBuilder field, char c) {
		if (field.length() >= this.maxFieldChars) {
			return true;
		}
		field.append(c);
		return false;
	}

	private int read() throws IOException {
		if (this.lookahead != -2) {
			int c = this.lookahead;
			this.lookahead = -2;
			return c;
		}
		return this.reader.read();
	}

	private void unread(int c) {
		this.lookahead = c;
	}

	/**
	 * One record with the line it starts on and what was wrong with it, if anything.
	 */
	record Row(int line, List<String> fields, @Nullable String problem) {
	}

}
