package org.newsline.timeline.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.newsline.claim.Verdict;
import org.newsline.shared.PublicUrl;
import org.newsline.timeline.model.ClaimView;
import org.newsline.timeline.model.EventPage;
import org.newsline.timeline.model.SourcePage;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * schema.org descriptions of reader pages as JSON-LD: an Event, a ClaimReview, a
 * NewsArticle. The JSON is safe inside a script element: no "<" survives escaping.
 */
@Component
class JsonLd {

	private final JsonMapper json;

	private final PublicUrl publicUrl;

	JsonLd(JsonMapper json, PublicUrl publicUrl) {
		this.json = json;
		this.publicUrl = publicUrl;
	}

	String event(EventPage page) {
		var event = page.event();
		Map<String, Object> ld = base("Event");
		ld.put("name", event.title());
		ld.put("description", event.summary());
		ld.put("startDate", event.date().start().toString());
		ld.put("endDate", event.date().end().toString());
		ld.put("url", absolute("/events/" + event.slug()));
		ld.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
		ld.put("performer",
				event.actors()
					.stream()
					.map((actor) -> Map.of("@type", (actor.kind().name().equals("PERSON")) ? "Person" : "Organization",
							"name", actor.name()))
					.toList());
		return write(ld);
	}

	String claimReview(ClaimView claim) {
		Map<String, Object> ld = base("ClaimReview");
		ld.put("url", absolute("/claims/" + claim.id()));
		ld.put("claimReviewed", claim.text());
		Map<String, Object> claimed = new LinkedHashMap<>();
		claimed.put("@type", "Claim");
		claimed.put("author", Map.of("@type", claim.labelled() ? "Thing" : "Person", "name", claim.speaker()));
		if (claim.statedOn() != null) {
			claimed.put("datePublished", claim.statedOn().toString());
		}
		ld.put("itemReviewed", claimed);
		Map<String, Object> rating = new LinkedHashMap<>();
		rating.put("@type", "Rating");
		rating.put("ratingValue", rating(claim.verdict()));
		rating.put("bestRating", 3);
		rating.put("worstRating", 1);
		rating.put("alternateName", verdictName(claim.verdict()));
		ld.put("reviewRating", rating);
		ld.put("author", Map.of("@type", "Organization", "name", "Newsline"));
		return write(ld);
	}

	String newsArticle(SourcePage source) {
		Map<String, Object> ld = base("NewsArticle");
		ld.put("headline", (source.title() != null) ? source.title() : source.file());
		if (source.url() != null) {
			ld.put("url", source.url());
		}
		if (source.publishedOn() != null) {
			ld.put("datePublished", source.publishedOn().toString());
		}
		if (source.outlet() != null) {
			ld.put("publisher", Map.of("@type", "Organization", "name", source.outlet()));
		}
		return write(ld);
	}

	static String verdictName(Verdict verdict) {
		return switch (verdict) {
			case FALSE -> "False";
			case DISPUTED -> "Disputed";
			case CORROBORATED -> "Corroborated";
			case UNVERIFIED -> "Unverified";
		};
	}

	private static int rating(Verdict verdict) {
		return switch (verdict) {
			case FALSE -> 1;
			case DISPUTED, UNVERIFIED -> 2;
			case CORROBORATED -> 3;
		};
	}

	private static Map<String, Object> base(String type) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", type);
		return ld;
	}

	private String write(Map<String, Object> ld) {
		return this.json.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private String absolute(String path) {
		return this.publicUrl.of(path);
	}

}
