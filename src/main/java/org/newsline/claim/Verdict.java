package org.newsline.claim;

/**
 * How a claim stands after checking. Anything but UNVERIFIED needs an editor's rationale.
 */
public enum Verdict {

	UNVERIFIED, DISPUTED, CORROBORATED, FALSE;

	/**
	 * Whether this verdict disputes the claim; a claim is also disputed when a claim
	 * readers see contradicts it ({@link ClaimRules#disputed}).
	 */
	public boolean disputes() {
		return this == DISPUTED || this == FALSE;
	}

}
