package org.newsline.curation;

/**
 * A business rule refused an editor's input; the message belongs next to the named form
 * field.
 */
public class RejectedInput extends RuntimeException {

	private final String field;

	RejectedInput(String field, String message) {
		super(message);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
