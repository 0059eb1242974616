package org.newsline.article;

/**
 * Where an article's publication date came from. Only MANIFEST, METADATA and EDITOR dates
 * are given; a TEXT date was inferred from the body.
 */
public enum PublicationSource {

	MANIFEST, METADATA, TEXT, EDITOR, UNKNOWN;

	public boolean inferred() {
		return this == TEXT;
	}

}
