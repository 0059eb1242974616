package org.newsline.curation.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.newsline.claim.Verdict;
import org.newsline.curation.ActorCuration;
import org.newsline.curation.ClaimCuration;
import org.newsline.curation.ClaimDetails;
import org.newsline.curation.EditConflict;
import org.newsline.curation.EventCuration;
import org.newsline.curation.RejectedInput;
import org.newsline.event.ReviewStatus;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The claim page of the desk: correcting a claim, judging it, linking contradictions.
 */
@Controller
class ClaimDeskController {

	private final ClaimCuration curation;

	private final ActorCuration actors;

	private final EventCuration events;

	ClaimDeskController(ClaimCuration curation, ActorCuration actors, EventCuration events) {
		this.curation = curation;
		this.actors = actors;
		this.events = events;
	}

	@GetMapping("/desk/claims/{id}")
	String claim(@PathVariable long id, Model model) {
		ClaimDetails claim = this.curation.details(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ClaimForm.of(claim));
		}
		if (!model.containsAttribute("verdictForm")) {
			model.addAttribute("verdictForm", VerdictForm.of(claim));
		}
		model.addAttribute("claim", claim);
		model.addAttribute("verdicts", Verdict.values());
		model.addAttribute("actors", this.actors.choices(1000));
		model.addAttribute("events", this.events.choices(500));
		model.addAttribute("articles", this.events.articleChoices());
		model.addAttribute("others", this.curation.otherClaims(id));
		return "desk/claim";
	}

	@PostMapping("/desk/claims/{id}")
	Object edit(@PathVariable long id, @Valid @ModelAttribute("form") ClaimForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.curation.edit(id, form.toCommand());
				redirect.addFlashAttribute("message", "Claim saved.");
				return "redirect:/desk/claims/" + id;
			}
			catch (RejectedInput rejection) {
				Rejections.report(rejection, result);
			}
			catch (EditConflict | ConcurrencyFailureException conflict) {
				return conflict(id, model, "form");
			}
		}
		return claim(id, model);
	}

	@PostMapping("/desk/claims/{id}/verdict")
	Object judge(@PathVariable long id, @Valid @ModelAttribute("verdictForm") VerdictForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.checkRules(result);
		if (!result.hasErrors()) {
			try {
				this.curation.judge(id, form.toCommand());
				redirect.addFlashAttribute("message", "Verdict saved.");
				return "redirect:/desk/claims/" + id;
			}
			catch (RejectedInput rejection) {
				Rejections.report(rejection, result);
			}
			catch (EditConflict | ConcurrencyFailureException conflict) {
				return conflict(id, model, "verdictForm");
			}
		}
		return claim(id, model);
	}

	@PostMapping("/desk/claims/{id}/contradicts")
	Object contradict(@PathVariable long id, @RequestParam long otherId, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		try {
			this.curation.contradict(id, otherId, version);
			redirect.addFlashAttribute("message", "Contradiction linked.");
		}
		catch (RejectedInput rejection) {
			redirect.addFlashAttribute("error", rejection.getMessage());
		}
		catch (EditConflict | ConcurrencyFailureException conflict) {
			return conflict(id, model, null);
		}
		return "redirect:/desk/claims/" + id;
	}

	@PostMapping("/desk/claims/{id}/status")
	Object decide(@PathVariable long id, @RequestParam ReviewStatus status, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		try {
			this.curation.decide(id, status, version);
			redirect.addFlashAttribute("message", "Claim " + status.name().toLowerCase(Locale.ROOT) + ".");
		}
		catch (RejectedInput rejection) {
			redirect.addFlashAttribute("error", rejection.getMessage());
		}
		catch (EditConflict | ConcurrencyFailureException conflict) {
			return conflict(id, model, null);
		}
		return "redirect:/desk/claims/" + id;
	}

	/**
	 * Shows the current claim beside the editor's kept input: the posted form keeps its
	 * values and is re-armed with the current version, so saving again is a deliberate
	 * choice.
	 */
	private ModelAndView conflict(long id, Model model, @Nullable String formName) {
		ClaimDetails current = this.curation.details(id);
		if (formName != null) {
			Object posted = model.getAttribute(formName);
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + formName);
			if (posted instanceof ClaimForm mine) {
				model.addAttribute("postedVersion", mine.version());
				model.addAttribute(formName, new ClaimForm(mine.text(), mine.speakerId(), mine.speakerLabel(),
						mine.eventId(), current.version()));
			}
			else if (posted instanceof VerdictForm mine) {
				model.addAttribute("postedVersion", mine.version());
				model.addAttribute(formName, new VerdictForm(mine.verdict(), mine.rationale(), mine.counterArticleId(),
						mine.counterUrl(), mine.counterTitle(), mine.counterQuote(), current.version()));
			}
		}
		model.addAttribute("conflict", true);
		claim(id, model);
		ModelAndView page = new ModelAndView("desk/claim");
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

}
