package org.newsline.timeline.web;

import org.newsline.timeline.model.TimelineFilter;
import org.newsline.timeline.query.Timeline;
import org.newsline.timeline.query.Timeline.TimelineSlice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The timeline page: events by date under month headings, the density strip, the filter
 * form with counts, and an "older events" link that keeps its place while events are
 * added.
 */
@Controller
class TimelineController {

	static final int PAGE_SIZE = 50;

	private final Timeline timeline;

	TimelineController(Timeline timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/")
	String timeline(TimelineFilter filter, Model model) {
		TimelineSlice slice = this.timeline.slice(filter, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("slice", slice);
		model.addAttribute("facets", this.timeline.facets(filter));
		model.addAttribute("density", this.timeline.density(filter));
		model.addAttribute("unfiltered", filter.isEmpty());
		model.addAttribute("feedLink", filter.withOrder(false).link("/feed.atom"));
		return "timeline/index";
	}

}
