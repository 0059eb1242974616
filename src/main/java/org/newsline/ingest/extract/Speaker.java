package org.newsline.ingest.extract;

import org.jspecify.annotations.Nullable;

/**
 * Who makes a statement: one of the article's actors, or a label for a source the text
 * does not name ("state officials", "opinion polls").
 */
record Speaker(@Nullable String actorKey, @Nullable String label) {

	Speaker {
		if ((actorKey == null) == (label == null)) {
			throw new IllegalArgumentException("A speaker is an actor or a label");
		}
	}

	static Speaker actor(String key) {
		return new Speaker(key, null);
	}

	static Speaker labelled(String label) {
		return new Speaker(null, label);
	}

	boolean sameAs(Speaker other) {
		return (this.actorKey != null) ? this.actorKey.equals(other.actorKey)
				: this.label != null && this.label.equalsIgnoreCase(String.valueOf(other.label));
	}

}
