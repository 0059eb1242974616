package org.newsline.shared;

/**
 * A half-open range of character offsets [start, end) in an article's cleaned text.
 */
public record TextSpan(int start, int end) {

	public TextSpan {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
		}
	}

	public int length() {
		return this.end - this.start;
	}

	public boolean contains(TextSpan other) {
		return this.start <= other.start && other.end <= this.end;
	}

}
