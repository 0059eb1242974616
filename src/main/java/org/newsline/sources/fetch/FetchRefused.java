package org.newsline.sources.fetch;

/**
 * Thrown when the fetcher will not, or could not, bring a document in; the message says
 * why in words an admin understands, and goes into the import report as it is.
 */
public class FetchRefused extends Exception {

	private final int status;

	public FetchRefused(String reason) {
		this(reason, 0);
	}

	FetchRefused(String reason, int status) {
		super(reason, null, false, false);
		this.status = status;
	}

	/** The HTTP status that caused the refusal, or 0 when none did. */
	int status() {
		return this.status;
	}

	@Override
	public String getMessage() {
		String message = super.getMessage();
		return (message != null) ? message : "refused";
	}

}
