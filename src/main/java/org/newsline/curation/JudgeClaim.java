package org.newsline.curation;

import org.jspecify.annotations.Nullable;
import org.newsline.claim.Verdict;

/**
 * An editor's verdict on a claim, with the rationale anything but UNVERIFIED needs and an
 * optional counter-source: an imported article with a quote, or a link.
 */
public record JudgeClaim(Verdict verdict, @Nullable String rationale, @Nullable Long counterArticleId,
		@Nullable String counterUrl, @Nullable String counterTitle, @Nullable String counterQuote, long version) {
}
