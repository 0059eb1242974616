package org.newsline.ingest.web;

import org.newsline.ingest.ImportHistory;
import org.newsline.shared.NotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The latest import run's report as JSON; 404 until there has been one. Who started it is
 * shown to signed-in users only, so that admins' usernames are not public.
 */
@RestController
class ImportApiController {

	private final ImportHistory history;

	private final JsonMapper json;

	ImportApiController(ImportHistory history, JsonMapper json) {
		this.history = history;
		this.json = json;
	}

	@GetMapping(path = "/api/imports/latest", produces = "application/json")
	JsonNode latest() {
		JsonNode report = this.history.latest()
			.map((latest) -> (JsonNode) this.json.valueToTree(latest))
			.orElseThrow(() -> NotFoundException.of("Import run", "latest"));
		if (!signedIn() && report instanceof ObjectNode fields) {
			fields.remove("startedBy");
		}
		return report;
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated();
	}

}
