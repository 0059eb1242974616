package org.newsline.shared;

/**
 * Something a reader asked for by slug or id is not there; answered with 404.
 */
public class NotFoundException extends RuntimeException {

	private final String what;

	private NotFoundException(String what, String key) {
		super(what + " " + key + " not found");
		this.what = what;
	}

	public static NotFoundException of(String what, Object key) {
		return new NotFoundException(what, String.valueOf(key));
	}

	/** What kind of thing was missing ("Event", "Actor"), safe to show. */
	public String getWhat() {
		return this.what;
	}

}
