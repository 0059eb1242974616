package org.newsline.timeline.web;

import org.newsline.timeline.EventCard;
import org.newsline.timeline.MonthGroup;
import org.newsline.timeline.Timeline;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The timeline page: events newest first, a page at a time.
 */
@Controller
class TimelineController {

	static final int PAGE_SIZE = 50;

	private final Timeline timeline;

	TimelineController(Timeline timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/")
	String timeline(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<EventCard> events = this.timeline.page(Math.max(0, page), PAGE_SIZE);
		model.addAttribute("events", events);
		model.addAttribute("months", MonthGroup.of(events.getContent()));
		return "timeline/index";
	}

}
