package org.newsline.curation.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.newsline.curation.ActorCuration;
import org.newsline.curation.EventCuration;
import org.newsline.curation.Merges;
import org.newsline.curation.RejectedInput;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging duplicate events and duplicate actors.
 */
@Controller
class MergeController {

	private static final String CONCURRENT = "Someone changed one of these records at the same moment; nothing was merged. "
			+ "Check both and merge again.";

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
	Object mergeEvents(@Valid @ModelAttribute("form") MergeForm form, BindingResult result, Model model,
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
			catch (ConcurrencyFailureException ex) {
				result.reject("conflict", CONCURRENT);
				ModelAndView page = new ModelAndView(eventsPage(null, model));
				page.setStatus(HttpStatus.CONFLICT);
				return page;
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
	Object mergeActors(@Valid @ModelAttribute("form") MergeForm form, BindingResult result, Model model,
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
			catch (ConcurrencyFailureException ex) {
				result.reject("conflict", CONCURRENT);
				ModelAndView page = new ModelAndView(actorsPage(null, model));
				page.setStatus(HttpStatus.CONFLICT);
				return page;
			}
		}
		return actorsPage(null, model);
	}

}
