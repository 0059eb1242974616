package org.newsline.claim;

/**
 * How a claim stands after checking. Anything but UNVERIFIED needs an editor's rationale.
 */
public enum Verdict {

	UNVERIFIED, DISPUTED, CORROBORATED, FALSE

}
