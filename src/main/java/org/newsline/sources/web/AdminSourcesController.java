package org.newsline.sources.web;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import org.newsline.shared.NotFoundException;
import org.newsline.sources.Feed;
import org.newsline.sources.FeedPoller;
import org.newsline.sources.Feeds;
import org.newsline.sources.SourceItems;
import org.newsline.sources.SourcesSettings;
import org.newsline.sources.WebImport;
import org.newsline.sources.fetch.FetchRefused;
import org.newsline.sources.fetch.WebAddresses;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's sources page: article addresses to import, feeds to follow (add, pause,
 * resume, poll now, remove), and each feed's items with what became of them.
 */
@Controller
class AdminSourcesController {

	static final int MAX_ADDRESSES = WebImport.MAX_ADDRESSES;

	private static final int MAX_ADDRESS_TEXT = 60_000;

	private final Feeds feeds;

	private final SourceItems items;

	private final WebImport web;

	private final FeedPoller poller;

	private final SourcesSettings settings;

	private final Clock clock;

	AdminSourcesController(Feeds feeds, SourceItems items, WebImport web, FeedPoller poller, SourcesSettings settings,
			Clock clock) {
		this.feeds = feeds;
		this.items = items;
		this.web = web;
		this.poller = poller;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/admin/sources")
	String sources(Model model) {
		model.addAttribute("feeds", this.feeds.summaries());
		model.addAttribute("addresses", this.items.addedByHand(50));
		model.addAttribute("defaultPollMinutes", this.settings.defaultPollMinutes());
		model.addAttribute("maxAddresses", MAX_ADDRESSES);
		return "admin/sources";
	}

	@GetMapping("/admin/sources/feeds/{id}")
	String feed(@PathVariable long id, Model model) {
		Feed feed = this.feeds.find(id).orElseThrow(() -> NotFoundException.of("Feed", id));
		model.addAttribute("feed", feed);
		model.addAttribute("items", this.items.ofFeed(id, 200));
		return "admin/source-feed";
	}

	@PostMapping("/admin/sources/addresses")
	String addAddresses(@RequestParam(defaultValue = "") String addresses, Principal principal,
			RedirectAttributes redirect) {
		if (addresses.length() > MAX_ADDRESS_TEXT) {
			redirect.addFlashAttribute("addressError", "Give at most " + MAX_ADDRESSES + " addresses at a time.");
			return "redirect:/admin/sources";
		}
		List<String> lines = addresses.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		if (lines.isEmpty()) {
			redirect.addFlashAttribute("addressError", "Give at least one article address, one per line.");
			return "redirect:/admin/sources";
		}
		if (lines.size() > MAX_ADDRESSES) {
			redirect.addFlashAttribute("addressError", "Give at most " + MAX_ADDRESSES + " addresses at a time.");
			redirect.addFlashAttribute("addressText", addresses);
			return "redirect:/admin/sources";
		}
		int added = this.web.addAddresses(lines, principal.getName());
		this.poller.importPendingSoon(principal.getName());
		redirect.addFlashAttribute("message",
				added + ((added == 1) ? " address" : " addresses") + " queued: each is fetched and imported shortly.");
		return "redirect:/admin/sources";
	}

	@PostMapping("/admin/sources/feeds")
	String addFeed(@RequestParam(defaultValue = "") String url, @RequestParam(required = false) Integer pollMinutes,
			Principal principal, RedirectAttributes redirect) {
		int minutes = (pollMinutes != null) ? pollMinutes : this.settings.defaultPollMinutes();
		String normalised;
		try {
			normalised = WebAddresses.parse(url).toString();
		}
		catch (FetchRefused ex) {
			return feedError(ex.getMessage(), url, minutes, redirect);
		}
		if (normalised.length() > WebAddresses.MAX_LENGTH) {
			return feedError("A feed address has at most " + WebAddresses.MAX_LENGTH + " characters.", url, minutes,
					redirect);
		}
		if (minutes < 5 || minutes > 1440) {
			return feedError("Poll every 5 to 1440 minutes.", url, minutes, redirect);
		}
		Long id = this.feeds.add(normalised, minutes, principal.getName(), this.clock.instant()).orElse(null);
		if (id == null) {
			return feedError("That feed is followed already.", url, minutes, redirect);
		}
		this.poller.pollSoon(id);
		redirect.addFlashAttribute("message", "Feed added: it is read now, then every " + minutes + " minutes.");
		return "redirect:/admin/sources";
	}

	private static String feedError(String error, String url, int minutes, RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedError", error);
		redirect.addFlashAttribute("feedUrl", url);
		redirect.addFlashAttribute("feedMinutes", minutes);
		return "redirect:/admin/sources";
	}

	@PostMapping("/admin/sources/feeds/{id}/pause")
	String pause(@PathVariable long id, RedirectAttributes redirect) {
		return paused(id, true, "Feed paused.", redirect);
	}

	@PostMapping("/admin/sources/feeds/{id}/resume")
	String resume(@PathVariable long id, RedirectAttributes redirect) {
		String back = paused(id, false, "Feed resumed: it is read now.", redirect);
		this.poller.pollSoon(id);
		return back;
	}

	private String paused(long id, boolean paused, String message, RedirectAttributes redirect) {
		if (!this.feeds.setPaused(id, paused, this.clock.instant())) {
			throw NotFoundException.of("Feed", id);
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/admin/sources";
	}

	@PostMapping("/admin/sources/feeds/{id}/poll")
	String pollNow(@PathVariable long id, RedirectAttributes redirect) {
		this.feeds.find(id).orElseThrow(() -> NotFoundException.of("Feed", id));
		this.poller.pollSoon(id);
		redirect.addFlashAttribute("message", "The feed is read now.");
		return "redirect:/admin/sources/feeds/" + id;
	}

	@PostMapping("/admin/sources/feeds/{id}/remove")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		if (!this.feeds.remove(id)) {
			throw NotFoundException.of("Feed", id);
		}
		redirect.addFlashAttribute("message", "Feed removed; the articles imported from it stay.");
		return "redirect:/admin/sources";
	}

}
