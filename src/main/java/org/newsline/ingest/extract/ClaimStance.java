package org.newsline.ingest.extract;

/**
 * How a statement stands to others: it asserts, denies an accusation, rejects another's
 * statement, criticises a party or its act, or asks for something.
 */
public enum ClaimStance {

	/** It asserts something. */
	STATEMENT,

	/** It denies an accusation or a report: "X denied any wrongdoing". */
	DENIAL,

	/** It rejects another's statement: "Y rejected this claim". */
	REJECTION,

	/** It criticises a party or its act: "X slammed the verdict". */
	CRITICISM,

	/** It asks for something: "X called for elections". */
	DEMAND

}
