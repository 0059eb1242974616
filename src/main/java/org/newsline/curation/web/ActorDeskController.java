package org.newsline.curation.web;

import jakarta.validation.Valid;
import org.newsline.actor.ActorKind;
import org.newsline.curation.ActorCuration;
import org.newsline.curation.ActorDetails;
import org.newsline.curation.EditConflict;
import org.newsline.curation.RejectedInput;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's actor pages: the list of actors and correcting one.
 */
@Controller
class ActorDeskController {

	private final ActorCuration curation;

	ActorDeskController(ActorCuration curation) {
		this.curation = curation;
	}

	@GetMapping("/desk/actors")
	String actors(Model model) {
		model.addAttribute("actors", this.curation.choices(2000));
		return "desk/actors";
	}

	@GetMapping("/desk/actors/{id}")
	String actor(@PathVariable long id, Model model) {
		ActorDetails actor = this.curation.details(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ActorForm.of(actor));
		}
		model.addAttribute("actor", actor);
		model.addAttribute("kinds", ActorKind.values());
		return "desk/actor";
	}

	@PostMapping("/desk/actors/{id}")
	Object edit(@PathVariable long id, @Valid @ModelAttribute("form") ActorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.curation.edit(id, form.toCommand());
				redirect.addFlashAttribute("message", "Actor saved.");
				return "redirect:/desk/actors/" + id;
			}
			catch (RejectedInput rejection) {
				Rejections.report(rejection, result);
			}
			catch (EditConflict | ConcurrencyFailureException conflict) {
				ActorDetails current = this.curation.details(id);
				model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
				model.addAttribute("postedVersion", form.version());
				model.addAttribute("form",
						new ActorForm(form.name(), form.kind(), form.description(), form.aliases(), current.version()));
				model.addAttribute("conflict", true);
				actor(id, model);
				ModelAndView page = new ModelAndView("desk/actor");
				page.setStatus(HttpStatus.CONFLICT);
				return page;
			}
		}
		return actor(id, model);
	}

}
