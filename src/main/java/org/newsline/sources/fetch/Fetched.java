package org.newsline.sources.fetch;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * A document the fetcher brought in, or learnt was not modified.
 *
 * @param requested the address asked for
 * @param url the address it came from, after redirects
 * @param notModified whether the server answered 304: the body is then empty
 * @param body the decoded body
 * @param mediaType its media type, such as {@code text/html}, in lower case
 * @param charset the character set the answer named, if any
 * @param validators what to send next time to learn whether it changed
 */
public record Fetched(URI requested, URI url, boolean notModified, byte[] body, String mediaType,
		@Nullable String charset, Validators validators) {

	/** Whether the body is HTML or XHTML. */
	public boolean html() {
		return this.mediaType.equals("text/html") || this.mediaType.equals("application/xhtml+xml");
	}

}
