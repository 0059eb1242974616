package org.newsline.ingest.document;

/**
 * One paragraph of an article as read from the file, before cleaning.
 *
 * @param text the paragraph's text
 * @param listItem whether it was a list item (a "* " line or an {@code <li>})
 * @param standalone whether blank lines (or block markup) set it apart from its
 * neighbours
 */
record Block(String text, boolean listItem, boolean standalone) {

	Block withText(String text) {
		return new Block(text, this.listItem, this.standalone);
	}

}
