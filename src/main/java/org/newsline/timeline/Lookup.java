package org.newsline.timeline;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a reader's address leads to: a page, the slug the thing moved to (merged or
 * renamed), or nothing at all.
 */
public record Lookup<T>(@Nullable T page, @Nullable String movedTo) {

	static <T> Lookup<T> found(T page) {
		return new Lookup<>(page, null);
	}

	static <T> Lookup<T> moved(String slug) {
		return new Lookup<>(null, slug);
	}

	static <T> Lookup<T> missing() {
		return new Lookup<>(null, null);
	}

	public Optional<T> found() {
		return Optional.ofNullable(this.page);
	}

	public Optional<String> moved() {
		return Optional.ofNullable(this.movedTo);
	}

}
