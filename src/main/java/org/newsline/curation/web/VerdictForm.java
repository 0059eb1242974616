package org.newsline.curation.web;

import java.util.Locale;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.newsline.claim.Verdict;
import org.newsline.curation.ClaimDetails;
import org.newsline.curation.JudgeClaim;

import org.springframework.validation.Errors;

/**
 * A verdict on a claim with its rationale and an optional counter-source.
 */
record VerdictForm(@NotNull(message = "Choose a verdict") @Nullable Verdict verdict,
		@Size(max = 5000, message = "At most 5000 characters") @Nullable String rationale,
		@Nullable Long counterArticleId,
		@Size(max = 2000, message = "At most 2000 characters") @Pattern(regexp = "(?i)(https?://\\S+)?",
				message = "Give a web address starting with http:// or https://") @Nullable String counterUrl,
		@Size(max = 1000, message = "At most 1000 characters") @Nullable String counterTitle,
		@Size(max = 5000, message = "At most 5000 characters") @Nullable String counterQuote, long version) {

	static VerdictForm of(ClaimDetails claim) {
		return new VerdictForm(claim.verdict(), claim.rationale(), null, "", "", "", claim.version());
	}

	void checkRules(Errors errors) {
		if (this.verdict != null && this.verdict != Verdict.UNVERIFIED
				&& (this.rationale == null || this.rationale.isBlank())) {
			errors.rejectValue("rationale", "verdict.rationaleRequired",
					"Say why: a verdict of " + this.verdict.name().toLowerCase(Locale.ROOT) + " needs a rationale");
		}
	}

	JudgeClaim toCommand() {
		return new JudgeClaim(Objects.requireNonNull(this.verdict), this.rationale, this.counterArticleId,
				this.counterUrl, this.counterTitle, this.counterQuote, this.version);
	}

}
