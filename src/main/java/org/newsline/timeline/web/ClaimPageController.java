package org.newsline.timeline.web;

import java.util.Arrays;

import jakarta.validation.constraints.Max;
import org.jspecify.annotations.Nullable;
import org.newsline.claim.Verdict;
import org.newsline.shared.NotFoundException;
import org.newsline.timeline.model.ClaimView;
import org.newsline.timeline.query.ReaderPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The claims, filtered by verdict and speaker, and each claim's page with its evidence.
 */
@Controller
class ClaimPageController {

	static final int PAGE_SIZE = 50;

	/**
	 * The highest page number asked for: beyond it the first row's offset would overflow.
	 */
	static final int MAX_PAGE = 1_000_000;

	private final ReaderPages pages;

	private final JsonLd jsonLd;

	ClaimPageController(ReaderPages pages, JsonLd jsonLd) {
		this.pages = pages;
		this.jsonLd = jsonLd;
	}

	@GetMapping("/claims")
	String claims(@RequestParam(required = false) @Nullable String verdict,
			@RequestParam(required = false) @Nullable String speaker,
			@RequestParam(defaultValue = "0") @Max(MAX_PAGE) int page, Model model) {
		Verdict chosen = Arrays.stream(Verdict.values())
			.filter((v) -> v.name().equalsIgnoreCase(verdict))
			.findFirst()
			.orElse(null);
		String who = (speaker == null || speaker.isBlank()) ? null : speaker.strip();
		model.addAttribute("list", this.pages.claims(chosen, who, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("verdict", chosen);
		model.addAttribute("speaker", who);
		model.addAttribute("verdicts", Verdict.values());
		return "timeline/claims";
	}

	@GetMapping("/claims/{id}")
	String claim(@PathVariable long id, Model model) {
		ClaimView claim = this.pages.claim(id).orElseThrow(() -> NotFoundException.of("Claim", id));
		model.addAttribute("claim", claim);
		model.addAttribute("jsonLd", claim.judged() ? this.jsonLd.claimReview(claim) : null);
		return "timeline/claim";
	}

}
