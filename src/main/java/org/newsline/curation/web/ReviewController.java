package org.newsline.curation.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.newsline.curation.ReviewQueue;
import org.newsline.curation.Suggestions;
import org.newsline.event.ReviewStatus;

import org.springframework.dao.ConcurrencyFailureException;
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
	 * Every row also sends {@code seen=event:12:3}, the version the queue showed, so an
	 * item changed or decided by someone else since is left alone rather than overruled.
	 */
	@PostMapping("/desk/review")
	String review(@RequestParam String act, @RequestParam(name = "event", required = false) @Nullable List<Long> events,
			@RequestParam(name = "claim", required = false) @Nullable List<Long> claims,
			@RequestParam(name = "seen", required = false) @Nullable List<String> seen, RedirectAttributes redirect) {
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
		Map<String, Long> shown = shownVersions(seen);
		ReviewQueue.Decided decided;
		try {
			decided = this.queue.decide(picks("event", eventIds, shown), picks("claim", claimIds, shown), decision);
		}
		catch (ConcurrencyFailureException ex) {
			redirect.addFlashAttribute("error",
					"Someone changed these items at the same moment; nothing was decided. Check them and try again.");
			return "redirect:/desk";
		}
		int changed = decided.changed();
		redirect.addFlashAttribute("message", ((decision == ReviewStatus.PUBLISHED) ? "Published " : "Rejected ")
				+ changed + ((changed == 1) ? " item." : " items."));
		if (decided.stale() > 0) {
			redirect.addFlashAttribute("error", decided.stale() + ((decided.stale() == 1) ? " item was" : " items were")
					+ " left as they were: someone changed or decided them after this page was shown.");
		}
		return "redirect:/desk";
	}

	/** The versions the queue showed, by "event:12" or "claim:7". */
	private static Map<String, Long> shownVersions(@Nullable List<String> seen) {
		Map<String, Long> versions = new HashMap<>();
		if (seen != null) {
			for (String item : seen) {
				String[] parts = item.split(":");
				if (parts.length == 3 && parts[1].matches("\\d{1,18}") && parts[2].matches("\\d{1,18}")) {
					versions.put(parts[0] + ":" + parts[1], Long.parseLong(parts[2]));
				}
			}
		}
		return versions;
	}

	private static List<ReviewQueue.Pick> picks(String kind, List<Long> ids, Map<String, Long> shown) {
		return ids.stream().map((id) -> new ReviewQueue.Pick(id, shown.get(kind + ":" + id))).toList();
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
