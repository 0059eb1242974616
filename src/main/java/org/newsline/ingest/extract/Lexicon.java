package org.newsline.ingest.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The general English word lists the extraction rules rely on; nothing here names a
 * particular story, person or place.
 */
final class Lexicon {

	/** Verbs (by lemma) that introduce an attributed statement. */
	static final Set<String> REPORTING_VERBS = Set.of("say", "claim", "tell", "deny", "reject", "acknowledge",
			"confirm", "state", "announce", "warn", "accuse", "insist", "allege", "argue", "add", "assert", "report",
			"indicate", "suggest", "explain", "note", "reiterate", "declare", "maintain", "contend", "admit", "write",
			"predict", "stress", "emphasize", "believe", "charge", "testify", "disclose", "reveal", "dismiss", "refute",
			"dispute", "counter", "respond", "reply", "threaten", "promise", "vow", "pledge", "urge", "concede", "tout",
			"highlight", "underline", "underscore", "reaffirm", "cite", "voice", "express");

	/**
	 * Reporting verbs whose object noun phrase is itself the statement: "officials tout a
	 * need for X".
	 */
	static final Set<String> STATEMENT_OBJECT_VERBS = Set.of("tout", "highlight", "assert", "stress", "emphasize",
			"underline", "underscore", "reaffirm", "reiterate", "cite", "voice", "express", "acknowledge");

	/**
	 * Verbs that report a statement in the passive with a raised subject: "X is reported
	 * to have done Y".
	 */
	static final Set<String> PASSIVE_REPORTING_VERBS = Set.of("report", "say", "believe", "understand", "think",
			"allege", "rumor", "rumour", "claim");

	/**
	 * Verbs that put forward a statement noun: "X made claims of Y", "Z leveled
	 * accusations that ...".
	 */
	static final Set<String> CLAIM_MAKING_VERBS = Set.of("make", "level", "repeat", "issue", "raise", "lodge", "voice",
			"renew");

	/** Nouns (by lemma) that such a verb puts forward as a statement. */
	static final Set<String> CLAIM_NOUNS = Set.of("claim", "allegation", "accusation", "charge", "assertion",
			"warning");

	/** Label of the speaker of a passive report whose source the text never names. */
	static final String UNNAMED_REPORTS = "unattributed reports";

	/** Reporting verbs whose use already signals doubt about what is said. */
	static final Set<String> HEDGING_REPORTING_VERBS = Set.of("claim", "allege", "purport", "contend");

	/** Verbs (by lemma) that reject another statement. */
	static final Set<String> REJECTION_VERBS = Set.of("deny", "reject", "dismiss", "refute", "dispute", "contradict",
			"rebut", "debunk", "disavow", "repudiate");

	/** Nouns (by lemma) that name a statement, as in "rejected this claim". */
	static final Set<String> STATEMENT_NOUNS = Set.of("claim", "report", "allegation", "accusation", "assertion",
			"suggestion", "story", "account", "statement", "charge", "rumor", "rumour", "characterization", "it",
			"this", "that", "idea", "notion", "speculation");

	/**
	 * Verbs whose complement is not asserted: "refused to confirm", "declined to deny".
	 */
	static final Set<String> NON_COMMITTAL_VERBS = Set.of("refuse", "decline", "fail", "hesitate", "avoid");

	/** Single words that hedge a statement. */
	static final Set<String> HEDGE_WORDS = Set.of("allegedly", "reportedly", "purportedly", "apparently", "supposedly",
			"seemingly", "possibly", "presumably", "alleged", "unsubstantiated", "unverified", "unconfirmed",
			"suspected", "claimed", "rumored", "rumoured", "so-called", "purported", "uncorroborated", "unproven",
			"speculated", "perhaps");

	/** Multi-word hedges, matched case-insensitively in the sentence. */
	static final List<String> HEDGE_PHRASES = List.of("refused to confirm or deny", "declined to confirm or deny",
			"refused to confirm", "declined to confirm", "declined to comment", "refused to comment",
			"could not be verified", "could not be independently verified", "not independently verified",
			"without evidence", "without providing evidence", "may have", "might have", "could have", "is said to",
			"are said to", "was said to", "were said to", "is believed to", "are believed to", "is reported to",
			"are reported to", "was reported to", "according to unconfirmed");

	/** Pronouns that may stand for a person speaker. */
	static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");

	/** Pronouns in general: never actors, never speaker labels on their own. */
	static final Set<String> PRONOUNS = Set.of("i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they",
			"them", "this", "that", "these", "those", "who", "which", "one", "someone", "somebody", "anyone",
			"everyone");

	/** Head nouns (by lemma) that make an organization-like name a looser group. */
	static final Set<String> GROUP_NOUNS = Set.of("gang", "cartel", "group", "militia", "movement", "faction", "rebel",
			"insurgent", "network", "mafia", "syndicate", "guerrilla", "guerrillas", "clan", "tribe", "organization");

	/**
	 * Auxiliaries that make a predicate hypothetical or future rather than an occurrence.
	 */
	static final Set<String> MODALS = Set.of("will", "would", "could", "might", "may", "should", "can", "must",
			"shall");

	/** Words in a date phrase that make the interval approximate. */
	static final Set<String> APPROXIMATE_DATE_WORDS = Set.of("early", "earlier", "late", "later", "mid", "around",
			"about", "approximately", "roughly", "circa", "some", "recent", "recently", "nearly", "almost");

	/** Weekday names, for correcting SUTime's forward resolution of bare weekdays. */
	static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday");

	/** Function words skipped when forming an acronym from a name. */
	static final Set<String> NAME_PARTICLES = Set.of("of", "the", "for", "and", "de", "del", "la", "le", "des", "du",
			"da", "di", "von", "van", "on", "in", "&");

	/** Common short forms of country names; keys are AliasKey values. */
	static final Map<String, String> COUNTRY_NAMES = Map.ofEntries(Map.entry("us", "United States"),
			Map.entry("usa", "United States"), Map.entry("united states", "United States"),
			Map.entry("united states of america", "United States"), Map.entry("america", "United States"),
			Map.entry("uk", "United Kingdom"), Map.entry("britain", "United Kingdom"),
			Map.entry("great britain", "United Kingdom"), Map.entry("united kingdom", "United Kingdom"),
			Map.entry("uae", "United Arab Emirates"), Map.entry("united arab emirates", "United Arab Emirates"),
			Map.entry("drc", "Democratic Republic of the Congo"), Map.entry("prc", "China"),
			Map.entry("peoples republic of china", "China"), Map.entry("russian federation", "Russia"),
			Map.entry("south korea", "South Korea"), Map.entry("rok", "South Korea"),
			Map.entry("north korea", "North Korea"), Map.entry("dprk", "North Korea"));

	/** Words that never head an actor mention even when NER tags them. */
	static final Set<String> NOT_ACTORS = Set.of("source", "sources", "official", "officials");

	private Lexicon() {
	}

}
