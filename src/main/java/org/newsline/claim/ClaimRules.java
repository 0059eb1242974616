package org.newsline.claim;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.newsline.event.ReviewStatus;

/**
 * The claim rules that readers' queries apply, as SQL conditions on the {@code claim}
 * table under the alias a query gives it. Each rule is written here once, next to the
 * entity it judges, and every query that needs it calls it.
 */
public final class ClaimRules {

	/** The verdicts that dispute a claim, as an SQL list. */
	private static final String DISPUTING_VERDICTS = Arrays.stream(Verdict.values())
		.filter(Verdict::disputes)
		.map((verdict) -> "'" + verdict.name() + "'")
		.collect(Collectors.joining(", ", "(", ")"));

	private ClaimRules() {
	}

	/**
	 * Visible to readers: published or unreviewed
	 * ({@link ReviewStatus#visibleToReaders()}).
	 */
	public static String visibleToReaders(String claim) {
		return "%s.status in %s".formatted(claim, ReviewStatus.readerVisibleSql());
	}

	/**
	 * Disputed: judged disputed or false ({@link Verdict#disputes()}), or contradicted by
	 * a claim readers see.
	 */
	public static String disputed(String claim) {
		return ("(%1$s.verdict in %2$s or exists (select 1 from claim_contradiction disputed_cc "
				+ "join claim disputing on disputing.id = disputed_cc.claim_id "
				+ "where disputed_cc.contradicted_id = %1$s.id and %3$s))")
			.formatted(claim, DISPUTING_VERDICTS, visibleToReaders("disputing"));
	}

}
