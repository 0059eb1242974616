package org.newsline.ingest.document;

/**
 * One paragraph of an article as read from the file, before cleaning.
 *
 * @param text the paragraph's text
 * @param listItem whether it was a list item (a "* " line or an {@code <li>})
 * @param standalone whether blank lines (or block markup) set it apart from its
 * neighbours
 * @param linkCharacters how many of its characters were link text (HTML only)
 */
record Block(String text, boolean listItem, boolean standalone, int linkCharacters) {

	Block(String text, boolean listItem, boolean standalone) {
		this(text, listItem, standalone, 0);
	}

	Block withText(String text) {
		return new Block(text, this.listItem, this.standalone, Math.min(this.linkCharacters, text.length()));
	}

	/** The share of the text inside links, 0 for plain text. */
	double linkDensity() {
		return this.text.isEmpty() ? 0 : Math.min(1.0, (double) this.linkCharacters / this.text.length());
	}

}
