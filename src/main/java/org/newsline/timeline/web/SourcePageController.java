package org.newsline.timeline.web;

import org.newsline.shared.NotFoundException;
import org.newsline.timeline.model.SourcePage;
import org.newsline.timeline.query.ReaderPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A source article's page: its text with what was extracted from it highlighted in place.
 */
@Controller
class SourcePageController {

	private final ReaderPages pages;

	private final JsonLd jsonLd;

	SourcePageController(ReaderPages pages, JsonLd jsonLd) {
		this.pages = pages;
		this.jsonLd = jsonLd;
	}

	@GetMapping("/sources/{id}")
	String source(@PathVariable long id, Model model) {
		SourcePage source = this.pages.source(id).orElseThrow(() -> NotFoundException.of("Source", id));
		model.addAttribute("source", source);
		model.addAttribute("jsonLd", this.jsonLd.newsArticle(source));
		return "timeline/source";
	}

}
