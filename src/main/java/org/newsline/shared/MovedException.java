package org.newsline.shared;

/**
 * Something a reader asked for lives at another address now (it was merged or its slug
 * changed); answered with 301 and the new address.
 */
public class MovedException extends RuntimeException {

	private final String location;

	private MovedException(String location) {
		super("Moved to " + location);
		this.location = location;
	}

	/** Moved to a path on this site, such as {@code /events/new-slug}. */
	public static MovedException to(String location) {
		return new MovedException(location);
	}

	public String getLocation() {
		return this.location;
	}

}
