package org.newsline.timeline.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.event.DatePrecision;
import org.newsline.event.ReviewStatus;
import org.newsline.claim.Verdict;

/**
 * The documented JSON shapes of the API; field names are part of its contract.
 */
final class ApiJson {

	private ApiJson() {
	}

	record PageJson<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
	}

	record EventJson(long id, String slug, String title, String summary, LocalDate start, LocalDate end,
			DatePrecision precision, boolean approximate, @Nullable String datePhrase, @Nullable LocalDate dateAnchor,
			ReviewStatus status, List<EventActorJson> actors, List<String> tags, List<SourceJson> sources,
			long independentSources, List<Long> claimIds) {
	}

	record EventActorJson(long id, String name, ActorKind kind, String role) {
	}

	record SourceJson(@Nullable Long articleId, @Nullable String file, @Nullable String outlet, @Nullable String url,
			String quote, boolean independent) {
	}

	record ActorJson(long id, String slug, String name, ActorKind kind, @Nullable String description,
			List<String> aliases) {
	}

	record SpeakerJson(long id, String name) {
	}

	record ClaimJson(long id, @Nullable SpeakerJson speaker, @Nullable String speakerLabel, String text, Verdict status,
			ReviewStatus reviewStatus, boolean hedged, List<String> hedgeCues, @Nullable Long eventId,
			@Nullable Long articleId, @Nullable String file, List<Long> contradicts) {
	}

	record ArticleJson(long id, String file, @Nullable String outlet, @Nullable String title, @Nullable String url,
			@Nullable LocalDate published, boolean publishedInferred) {
	}

}
