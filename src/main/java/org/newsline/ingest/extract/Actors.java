package org.newsline.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;

/**
 * The actors of one article and which tokens mention each of them.
 */
final class Actors {

	final List<ActorDraft> drafts;

	private final Map<Long, String> keysByToken;

	private final Map<String, ActorDraft> byKey = new HashMap<>();

	Actors(List<ActorDraft> drafts, Map<Long, String> keysByToken) {
		this.drafts = List.copyOf(drafts);
		this.keysByToken = Map.copyOf(keysByToken);
		for (ActorDraft draft : drafts) {
			this.byKey.put(draft.key(), draft);
		}
	}

	static long position(int sentence, int token) {
		return ((long) sentence << 32) | token;
	}

	@Nullable String keyAt(int sentence, int token) {
		return this.keysByToken.get(position(sentence, token));
	}

	@Nullable ActorDraft get(String key) {
		return this.byKey.get(key);
	}

	boolean isPerson(String key) {
		ActorDraft draft = this.byKey.get(key);
		return draft != null && draft.kind() == ActorKind.PERSON;
	}

}
