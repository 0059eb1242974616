package org.newsline.timeline.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsline.timeline.api.ApiJson.ActorJson;
import org.newsline.timeline.api.ApiJson.ArticleJson;
import org.newsline.timeline.api.ApiJson.ClaimJson;
import org.newsline.timeline.api.ApiJson.EventJson;
import org.newsline.timeline.api.ApiJson.PageJson;
import org.newsline.timeline.model.TimelineFilter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON: {@code page} counts from 0 (to 1,000,000), {@code size} is 1 to 1000
 * (default 50). Events take the timeline's filter parameters
 * ({@code q, actor, tag, from, to, outlet, disputed, reviewed,
 * asOf, order}).
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class ApiController {

	/**
	 * The highest page number: beyond it a page's first row (page × size) would overflow,
	 * and no list is that long.
	 */
	static final int MAX_PAGE = 1_000_000;

	private final ApiQueries queries;

	ApiController(ApiQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/events")
	@Operation(summary = "Events readers can see, newest first, filtered like the timeline page")
	@Parameter(name = "q", in = ParameterIn.QUERY, description = "Full-text search over titles, summaries and claims")
	@Parameter(name = "actor", in = ParameterIn.QUERY, description = "Actor slug; repeat to require several",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = "tag", in = ParameterIn.QUERY, description = "Tag slug; repeat to require several",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = "from", in = ParameterIn.QUERY, description = "Events ending on or after this day (YYYY-MM-DD)",
			schema = @Schema(type = "string", format = "date"))
	@Parameter(name = "to", in = ParameterIn.QUERY, description = "Events starting on or before this day (YYYY-MM-DD)",
			schema = @Schema(type = "string", format = "date"))
	@Parameter(name = "outlet", in = ParameterIn.QUERY, description = "Only events reported by this outlet")
	@Parameter(name = "disputed", in = ParameterIn.QUERY, description = "Only events with a disputed or false claim",
			schema = @Schema(type = "boolean"))
	@Parameter(name = "reviewed", in = ParameterIn.QUERY, description = "Only events an editor published",
			schema = @Schema(type = "boolean"))
	@Parameter(name = "asOf", in = ParameterIn.QUERY,
			description = "Only what articles published by this day reported (YYYY-MM-DD)",
			schema = @Schema(type = "string", format = "date"))
	PageJson<EventJson> events(@Parameter(hidden = true) TimelineFilter filter,
			@RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
		return this.queries.events(filter, page, size);
	}

	@GetMapping("/events/{id}")
	EventJson event(@PathVariable long id) {
		return this.queries.event(id);
	}

	@GetMapping("/actors")
	PageJson<ActorJson> actors(@RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
		return this.queries.actors(page, size);
	}

	@GetMapping("/actors/{id}")
	ActorJson actor(@PathVariable long id) {
		return this.queries.actor(id);
	}

	@GetMapping("/claims")
	PageJson<ClaimJson> claims(@RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
		return this.queries.claims(page, size);
	}

	@GetMapping("/articles")
	PageJson<ArticleJson> articles(@RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
		return this.queries.articles(page, size);
	}

}
