package org.newsline.timeline.web;

import org.newsline.timeline.query.ReaderPages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * An actor's page; a merged actor or a former slug answers 301 with the surviving
 * address.
 */
@Controller
class ActorPageController {

	private final ReaderPages pages;

	ActorPageController(ReaderPages pages) {
		this.pages = pages;
	}

	@GetMapping("/actors/{slug}")
	ModelAndView actor(@PathVariable String slug) {
		return new ModelAndView("timeline/actor").addObject("actor", this.pages.actor(slug));
	}

}
