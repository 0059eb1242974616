package org.newsline.ingest.document;

/**
 * Where an article's publication date came from.
 */
public enum DateOrigin {

	/** Given by the manifest ({@code sources.csv}). */
	MANIFEST,

	/** Read from the page's own metadata (meta tags, {@code <time>}, JSON-LD). */
	METADATA,

	/** Inferred from a dateline or a "Published ..." line in the text. */
	TEXT,

	/** Not known. */
	UNKNOWN

}
