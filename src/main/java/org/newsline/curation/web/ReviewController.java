package org.newsline.curation.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.curation.ReviewQueue;
import org.newsline.curation.Suggestions;
import org.newsline.event.ReviewStatus;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's front page, the review queue, with bulk and single decisions, and the
 * autocomplete endpoints of the desk's forms.
 */
@Controller
class ReviewController {

	private final ReviewQueue queue;

	private final Suggestions suggestions;

	ReviewController(ReviewQueue queue, Suggestions suggestions) {
		this.queue = queue;
		this.suggestions = suggestions;
	}

	@GetMapping("/desk")
	String queue(Model model) {
		model.addAttribute("pending", this.queue.pending());
		return "desk/queue";
	}

	/**
	 * One form serves both: a bulk button sends {@code act=PUBLISHED} with the ticked
	 * boxes, a row's button sends {@code act=PUBLISHED:event:12} for that row alone.
	 */
	@PostMapping("/desk/review")
	String review(@RequestParam String act, @RequestParam(name = "event", required = false) @Nullable List<Long> events,
			@RequestParam(name = "claim", required = false) @Nullable List<Long> claims, RedirectAttributes redirect) {
		String[] parts = act.split(":");
		ReviewStatus decision = ("PUBLISHED".equals(parts[0])) ? ReviewStatus.PUBLISHED
				: ("REJECTED".equals(parts[0])) ? ReviewStatus.REJECTED : null;
		if (decision == null) {
			redirect.addFlashAttribute("error", "Choose publish or reject.");
			return "redirect:/desk";
		}
		List<Long> eventIds = new ArrayList<>();
		List<Long> claimIds = new ArrayList<>();
		if (parts.length == 3 && parts[2].matches("\\d{1,18}")) {
			(("claim".equals(parts[1])) ? claimIds : eventIds).add(Long.parseLong(parts[2]));
		}
		else {
			if (events != null) {
				eventIds.addAll(events);
			}
			if (claims != null) {
				claimIds.addAll(claims);
			}
		}
		if (eventIds.isEmpty() && claimIds.isEmpty()) {
			redirect.addFlashAttribute("error", "Tick the events and claims to decide on first.");
			return "redirect:/desk";
		}
		int changed = this.queue.decide(eventIds, claimIds, decision);
		redirect.addFlashAttribute("message", ((decision == ReviewStatus.PUBLISHED) ? "Published " : "Rejected ")
				+ changed + ((changed == 1) ? " item." : " items."));
		return "redirect:/desk";
	}

	@GetMapping(path = "/desk/actors/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<Suggestions.ActorSuggestion> suggestActors(@RequestParam(defaultValue = "") String q) {
		return (q.length() > 100) ? List.of() : this.suggestions.actors(q, 10);
	}

	@GetMapping(path = "/desk/tags/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<String> suggestTags(@RequestParam(defaultValue = "") String q) {
		return (q.length() > 100) ? List.of() : this.suggestions.tags(q, 10);
	}

}
