package org.newsline.timeline.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsline.timeline.TimelineFilter;
import org.newsline.timeline.api.ApiJson.ActorJson;
import org.newsline.timeline.api.ApiJson.ArticleJson;
import org.newsline.timeline.api.ApiJson.ClaimJson;
import org.newsline.timeline.api.ApiJson.EventJson;
import org.newsline.timeline.api.ApiJson.PageJson;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON: {@code page} counts from 0, {@code size} is 1 to 1000 (default 50). Events take
 * the timeline's filter parameters ({@code q, actor, tag, from, to, outlet, disputed, reviewed,
 * asOf, order}).
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class ApiController {

	private final ApiQueries queries;

	ApiController(ApiQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/events")
	PageJson<EventJson> events(TimelineFilter filter, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
		return this.queries.events(filter, page, size);
	}

	@GetMapping("/events/{id}")
	EventJson event(@PathVariable long id) {
		return this.queries.event(id);
	}

	@GetMapping("/actors")
	PageJson<ActorJson> actors(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
		return this.queries.actors(page, size);
	}

	@GetMapping("/actors/{id}")
	ActorJson actor(@PathVariable long id) {
		return this.queries.actor(id);
	}

	@GetMapping("/claims")
	PageJson<ClaimJson> claims(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
		return this.queries.claims(page, size);
	}

	@GetMapping("/articles")
	PageJson<ArticleJson> articles(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
		return this.queries.articles(page, size);
	}

}
