package org.newsline.ingest;

import java.io.IOException;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A document brought in from the web, offered to the importer: stored under its address,
 * read as HTML or plain text by its content type, with what its feed item said (title,
 * date, outlet) to fill what the page itself lacks. A document the fetcher refused
 * carries the reason instead of content, so the report lists it beside the others.
 *
 * @param url the article's key and address: its canonical address, without tracking
 * parameters
 * @param content the page's bytes
 * @param html whether the content is HTML or XHTML (otherwise plain text)
 * @param title the feed item's title, if any
 * @param published the feed item's date, if any
 * @param outlet the feed's outlet, if any
 * @param refusal why the document could not be fetched, or null
 */
public record FetchedDocument(String url, byte[] content, boolean html, @Nullable String title,
		@Nullable LocalDate published, @Nullable String outlet, @Nullable String refusal) implements InputFile {

	/** A fetched page. */
	public static FetchedDocument page(String url, byte[] content, boolean html, @Nullable String title,
			@Nullable LocalDate published, @Nullable String outlet) {
		return new FetchedDocument(url, content, html, title, published, outlet, null);
	}

	/** An address that was not fetched, with the reason. */
	public static FetchedDocument refused(String url, String reason) {
		return new FetchedDocument(url, new byte[0], false, null, null, null, reason);
	}

	@Override
	public String name() {
		return this.url;
	}

	@Override
	public long size() {
		return this.content.length;
	}

	@Override
	public byte[] read(long limit) throws IOException {
		if (this.refusal != null) {
			throw new RefusedFileException(this.refusal);
		}
		return this.content;
	}

}
