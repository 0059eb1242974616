package org.newsline.curation.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.newsline.curation.ActorCuration;
import org.newsline.curation.EventCuration;
import org.newsline.curation.Merges;
import org.newsline.curation.RejectedInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging duplicate events and duplicate actors.
 */
@Controller
class MergeController {

	private final Merges merges;

	private final EventCuration events;

	private final ActorCuration actors;

	MergeController(Merges merges, EventCuration events, ActorCuration actors) {
		this.merges = merges;
		this.events = events;
		this.actors = actors;
	}

	@GetMapping("/desk/merge/events")
	String eventsPage(@RequestParam(required = false) @Nullable Long loserId, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new MergeForm(null, loserId));
		}
		model.addAttribute("choices", this.events.choices(1000));
		return "desk/merge-events";
	}

	@PostMapping("/desk/merge/events")
	String mergeEvents(@Valid @ModelAttribute("form") MergeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.merges.mergeEvents(form.winnerId(), form.loserId());
				redirect.addFlashAttribute("message", "Events merged: the duplicate now leads here.");
				return "redirect:/desk/events/" + form.winnerId();
			}
			catch (RejectedInput rejection) {
				Rejections.report(rejection, result);
			}
		}
		return eventsPage(null, model);
	}

	@GetMapping("/desk/merge/actors")
	String actorsPage(@RequestParam(required = false) @Nullable Long loserId, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new MergeForm(null, loserId));
		}
		model.addAttribute("choices", this.actors.choices(2000));
		return "desk/merge-actors";
	}

	@PostMapping("/desk/merge/actors")
	String mergeActors(@Valid @ModelAttribute("form") MergeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.merges.mergeActors(form.winnerId(), form.loserId());
				redirect.addFlashAttribute("message", "Actors merged: aliases, events and claims moved.");
				return "redirect:/desk/actors/" + form.winnerId();
			}
			catch (RejectedInput rejection) {
				Rejections.report(rejection, result);
			}
		}
		return actorsPage(null, model);
	}

}
