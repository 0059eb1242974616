package org.newsline.curation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.curation.EditConflict;
import org.newsline.curation.EventCuration;
import org.newsline.curation.EventDetails;
import org.newsline.curation.RejectedInput;
import org.newsline.curation.Suggestions;
import org.newsline.event.DatePrecision;
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
 * Creating and editing events on the desk, deciding on them, and managing their sources.
 */
@Controller
class EventDeskController {

	private static final int CHOICES = 500;

	private final EventCuration curation;

	private final Suggestions suggestions;

	private final Clock clock;

	EventDeskController(EventCuration curation, Suggestions suggestions, Clock clock) {
		this.curation = curation;
		this.suggestions = suggestions;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("actorKinds", ActorKind.values());
	}

	@GetMapping("/desk/events")
	String events(@RequestParam(required = false) @Nullable ReviewStatus status,
			@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("events", this.curation.list(status, (q.length() > 200) ? q.substring(0, 200) : q, 300));
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("allStatuses", ReviewStatus.values());
		return "desk/events";
	}

	@GetMapping("/desk/events/new")
	String newEvent(Model model) {
		model.addAttribute("form", EventForm.blank(LocalDate.now(this.clock)));
		return newPage(model);
	}

	@PostMapping("/desk/events")
	String create(@Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.checkRules(result);
		if (result.hasErrors()) {
			return newPage(model);
		}
		try {
			long id = this.curation.create(form.toCommand());
			redirect.addFlashAttribute("message", "Event created.");
			return "redirect:/desk/events/" + id;
		}
		catch (RejectedInput rejection) {
			Rejections.report(rejection, result);
			return newPage(model);
		}
	}

	@GetMapping("/desk/events/{id}")
	String event(@PathVariable long id, Model model) {
		EventDetails event = this.curation.details(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", EventForm.of(event));
		}
		return eventPage(event, model);
	}

	@PostMapping("/desk/events/{id}")
	Object edit(@PathVariable long id, @Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.checkRules(result);
		if (result.hasErrors()) {
			return eventPage(this.curation.details(id), model);
		}
		try {
			this.curation.edit(id, form.toCommand());
		}
		catch (RejectedInput rejection) {
			Rejections.report(rejection, result);
			return eventPage(this.curation.details(id), model);
		}
		catch (EditConflict | ConcurrencyFailureException conflict) {
			return conflict(id, form, model);
		}
		redirect.addFlashAttribute("message", "Event saved.");
		return "redirect:/desk/events/" + id;
	}

	@PostMapping("/desk/events/{id}/status")
	Object decide(@PathVariable long id, @RequestParam ReviewStatus status, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		try {
			this.curation.decide(id, status, version);
		}
		catch (EditConflict | ConcurrencyFailureException conflict) {
			EventDetails current = this.curation.details(id);
			EventForm mine = EventForm.of(current);
			return conflict(id,
					new EventForm(mine.title(), mine.summary(), mine.start(), mine.end(), mine.precision(),
							mine.approximate(), mine.actors(), mine.newActorKind(), mine.tags(), status, version),
					model);
		}
		catch (RejectedInput rejection) {
			redirect.addFlashAttribute("error", rejection.getMessage());
			return "redirect:/desk/events/" + id;
		}
		redirect.addFlashAttribute("message", "Status set to " + status.name().toLowerCase(Locale.ROOT) + ".");
		return "redirect:/desk/events/" + id;
	}

	@PostMapping("/desk/events/{id}/sources/article")
	String attachArticle(@PathVariable long id, @Valid @ModelAttribute("articleSource") ArticleSourceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return attach(id, result, model, redirect, () -> this.curation.attach(id, form.toCommand()));
	}

	@PostMapping("/desk/events/{id}/sources/link")
	String attachLink(@PathVariable long id, @Valid @ModelAttribute("linkSource") LinkSourceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return attach(id, result, model, redirect, () -> this.curation.attach(id, form.toCommand()));
	}

	/**
	 * Attaches a valid source and goes back to the event's sources; else shows the form's
	 * errors.
	 */
	private String attach(long id, BindingResult result, Model model, RedirectAttributes redirect, Runnable attach) {
		if (!result.hasErrors()) {
			try {
				attach.run();
				redirect.addFlashAttribute("message", "Source attached.");
				return "redirect:/desk/events/" + id + "#sources";
			}
			catch (RejectedInput rejection) {
				Rejections.report(rejection, result);
			}
		}
		return event(id, model);
	}

	@PostMapping("/desk/events/{id}/sources/{sourceId}/derived")
	String derived(@PathVariable long id, @PathVariable long sourceId,
			@RequestParam(required = false) @Nullable Long derivedFromId, RedirectAttributes redirect) {
		try {
			this.curation.markDerived(id, sourceId, derivedFromId);
			redirect.addFlashAttribute("message",
					(derivedFromId == null) ? "Source marked independent." : "Source marked as derived.");
		}
		catch (RejectedInput rejection) {
			redirect.addFlashAttribute("error", rejection.getMessage());
		}
		return "redirect:/desk/events/" + id + "#sources";
	}

	@PostMapping("/desk/events/{id}/sources/{sourceId}/detach")
	String detach(@PathVariable long id, @PathVariable long sourceId, RedirectAttributes redirect) {
		this.curation.detach(id, sourceId);
		redirect.addFlashAttribute("message", "Source detached.");
		return "redirect:/desk/events/" + id + "#sources";
	}

	private ModelAndView conflict(long id, EventForm mine, Model model) {
		EventDetails current = this.curation.details(id);
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
		model.addAttribute("current", current);
		model.addAttribute("theirs", EventForm.of(current));
		model.addAttribute("form",
				new EventForm(mine.title(), mine.summary(), mine.start(), mine.end(), mine.precision(),
						mine.approximate(), mine.actors(), mine.newActorKind(), mine.tags(), mine.status(),
						current.version()));
		model.addAttribute("postedVersion", mine.version());
		model.addAttribute("statuses", statuses(current.status()));
		addDatalists(model.asMap());
		ModelAndView page = new ModelAndView("desk/event-conflict");
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	private String newPage(Model model) {
		addDatalists(model.asMap());
		model.addAttribute("statuses", new ReviewStatus[] { ReviewStatus.DRAFT, ReviewStatus.PUBLISHED });
		return "desk/event-new";
	}

	private String eventPage(EventDetails event, Model model) {
		model.addAttribute("event", event);
		if (!model.containsAttribute("articleSource")) {
			model.addAttribute("articleSource", ArticleSourceForm.blank());
		}
		if (!model.containsAttribute("linkSource")) {
			model.addAttribute("linkSource", LinkSourceForm.blank());
		}
		model.addAttribute("articles", this.curation.articleChoices());
		model.addAttribute("statuses", statuses(event.status()));
		addDatalists(model.asMap());
		return "desk/event";
	}

	private static ReviewStatus[] statuses(ReviewStatus current) {
		return (current == ReviewStatus.UNREVIEWED) ? ReviewStatus.values()
				: new ReviewStatus[] { ReviewStatus.DRAFT, ReviewStatus.PUBLISHED, ReviewStatus.REJECTED };
	}

	private void addDatalists(Map<String, Object> model) {
		model.put("actorNames", this.suggestions.allActors(CHOICES));
		model.put("tagNames", this.suggestions.allTags(CHOICES));
		model.putIfAbsent("statuses", statuses(ReviewStatus.DRAFT));
	}

}
