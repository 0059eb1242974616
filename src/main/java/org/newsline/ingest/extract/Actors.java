package org.newsline.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;

/**
 * The actors of one article, which tokens name each of them, and which pronouns and
 * descriptions ("she", "the court") coreference ties to one.
 */
final class Actors {

	final List<ActorDraft> drafts;

	private final Map<Long, String> keysByToken;

	private final Map<Long, String> referencesByToken;

	private final Map<String, ActorDraft> byKey = new HashMap<>();

	Actors(List<ActorDraft> drafts, Map<Long, String> keysByToken, Map<Long, String> referencesByToken) {
		this.drafts = List.copyOf(drafts);
		this.keysByToken = Map.copyOf(keysByToken);
		this.referencesByToken = Map.copyOf(referencesByToken);
		for (ActorDraft draft : drafts) {
			this.byKey.put(draft.key(), draft);
		}
	}

	static long position(int sentence, int token) {
		return ((long) sentence << 32) | token;
	}

	/** The actor a token's name belongs to, if it is part of one. */
	@Nullable String keyAt(int sentence, int token) {
		return this.keysByToken.get(position(sentence, token));
	}

	/**
	 * The actor a token names or, for the head of a pronoun or description, stands for.
	 */
	@Nullable String referentAt(int sentence, int token) {
		String key = keyAt(sentence, token);
		return (key != null) ? key : this.referencesByToken.get(position(sentence, token));
	}

	@Nullable ActorDraft get(String key) {
		return this.byKey.get(key);
	}

	boolean isPerson(String key) {
		ActorDraft draft = this.byKey.get(key);
		return draft != null && draft.kind() == ActorKind.PERSON;
	}

}
