package org.newsline.accounts;

/**
 * An account change was refused for a reason that belongs next to a form field.
 */
public class AccountRefused extends RuntimeException {

	private final String field;

	AccountRefused(String field, String message) {
		super(message);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
