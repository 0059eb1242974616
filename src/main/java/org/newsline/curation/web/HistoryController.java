package org.newsline.curation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsline.curation.EditConflict;
import org.newsline.curation.History;
import org.newsline.shared.NotFoundException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The revision history of an event, claim or actor, a comparison of two revisions, and
 * revert.
 */
@Controller
class HistoryController {

	private final History history;

	HistoryController(History history) {
		this.history = history;
	}

	@GetMapping("/desk/history/{kind}/{id}")
	String history(@PathVariable String kind, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long from, @RequestParam(required = false) @Nullable Long to,
			Model model) {
		History.Kind type = kind(kind);
		History.Timeline timeline = this.history.revisions(type, id);
		List<History.Entry> entries = timeline.entries();
		model.addAttribute("timeline", timeline);
		model.addAttribute("kindPath", kind);
		if (entries.size() >= 1) {
			long right = (to != null) ? to : entries.get(entries.size() - 1).revision();
			long left = (from != null) ? from : entries.get(Math.max(0, entries.size() - 2)).revision();
			model.addAttribute("from", left);
			model.addAttribute("to", right);
			model.addAttribute("changes", this.history.diff(type, id, left, right));
		}
		return "desk/history";
	}

	@PostMapping("/desk/history/{kind}/{id}/revert")
	String revert(@PathVariable String kind, @PathVariable long id, @RequestParam long revision,
			@RequestParam long version, RedirectAttributes redirect) {
		try {
			this.history.revert(kind(kind), id, revision, version);
			redirect.addFlashAttribute("message", "Reverted to revision " + revision + ", as a new revision.");
		}
		catch (EditConflict | ConcurrencyFailureException conflict) {
			redirect.addFlashAttribute("error",
					"Someone changed this record since you opened its history; nothing was reverted. Compare again and retry.");
		}
		return "redirect:/desk/history/" + kind + "/" + id;
	}

	private static History.Kind kind(String path) {
		return switch (path) {
			case "events" -> History.Kind.EVENT;
			case "claims" -> History.Kind.CLAIM;
			case "actors" -> History.Kind.ACTOR;
			default -> throw NotFoundException.of("History", path);
		};
	}

}
