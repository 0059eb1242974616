package org.newsline.timeline.web;

import org.newsline.timeline.model.EventPage;
import org.newsline.timeline.query.ReaderPages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * An event's page; a merged event or a former slug answers 301 with the surviving
 * address.
 */
@Controller
class EventPageController {

	private final ReaderPages pages;

	private final JsonLd jsonLd;

	EventPageController(ReaderPages pages, JsonLd jsonLd) {
		this.pages = pages;
		this.jsonLd = jsonLd;
	}

	@GetMapping("/events/{slug}")
	ModelAndView event(@PathVariable String slug) {
		EventPage page = this.pages.event(slug);
		ModelAndView view = new ModelAndView("timeline/event");
		view.addObject("page", page);
		view.addObject("event", page.event());
		view.addObject("jsonLd", this.jsonLd.event(page));
		return view;
	}

}
