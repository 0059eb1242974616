package org.newsline.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.nlp.WordNet;

/**
 * Links the statements of one article that answer each other, as suggestions an editor
 * confirms or undoes:
 * <ul>
 * <li>a denial or rejection, to the statement it answers: another party's in the same
 * sentence ("denied ... the accusations that ..."), else the last one before it ("Dr. X
 * contested that characterization");</li>
 * <li>a statement set against the one before by another party ("But X said ...", "...,
 * while officials confirmed only one", "a spokesman later clarified that ...");</li>
 * <li>two parties' figures for the same thing that differ ("72 dead", "68");</li>
 * <li>criticism of a party ("coalition partners blasted Mr X"), and what the critics go
 * on to say, to that party's statements.</li>
 * </ul>
 */
final class ArticleDisputes {

	private static final Set<String> CONTRAST = WordList.words("contrast-words.txt");

	private static final Set<String> WRONGDOING = WordList.words("wrongdoing.txt");

	/** How many sentences back a rejection or a contrast may answer. */
	private static final int REACH = 3;

	/** How many sentences back the act a criticism names is looked for. */
	private static final int ACT_REACH = 8;

	private static final Pattern WORD = Pattern.compile("[^\\p{L}-]+");

	/** How many sentences after a criticism the critics' statements still answer it. */
	private static final int CRITICS_REACH = 3;

	private ArticleDisputes() {
	}

	/** Adds the links to the statements, which are in text order. */
	static void link(List<FoundClaim> claims) {
		for (int i = 0; i < claims.size(); i++) {
			FoundClaim claim = claims.get(i);
			if (claim.speaker() == null) {
				continue;
			}
			switch (claim.stance()) {
				case DENIAL, REJECTION -> answer(claims, i);
				case CRITICISM -> criticism(claims, i);
				default -> {
					if (isContrasted(claim)) {
						previousByOther(claims, i, REACH, true);
					}
				}
			}
			for (int j = 0; j < i; j++) {
				if (differentSpeakers(claims.get(j), claim) && Figures.conflict(claims.get(j).text(), claim.text())) {
					claim.contradict(j);
				}
			}
			accusation(claims, i);
		}
	}

	/**
	 * A statement that accuses a party of wrongdoing, or finds it guilty ("Google has an
	 * illegal monopoly"), stands against what that party says in the article, itself or
	 * through someone named with it ("Google vice president ... said ...").
	 */
	private static void accusation(List<FoundClaim> claims, int index) {
		FoundClaim claim = claims.get(index);
		if (!accuses(claim.text())) {
			return;
		}
		for (String accused : claim.actorKeys()) {
			if (claim.speaksFor(accused)) {
				continue;
			}
			for (int j = 0; j < claims.size(); j++) {
				FoundClaim other = claims.get(j);
				if (j != index && other.speaksFor(accused) && differentSpeakers(other, claim)) {
					claim.contradict(j);
				}
			}
		}
	}

	/** Whether a statement's words accuse someone of wrongdoing. */
	static boolean accuses(String text) {
		for (String word : WORD.split(text.toLowerCase(Locale.ROOT))) {
			if (WRONGDOING.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static void answer(List<FoundClaim> claims, int index) {
		FoundClaim claim = claims.get(index);
		for (int j = 0; j < claims.size(); j++) {
			FoundClaim other = claims.get(j);
			if (j != index && other.sentence() == claim.sentence() && other.speaker() != null
					&& !other.speaker().sameAs(claim.speaker()) && other.stance() == ClaimStance.STATEMENT) {
				claim.contradict(j);
				return;
			}
		}
		if (!previousByOther(claims, index, REACH, false)) {
			// A denial before what it answers: the accusation or finding that follows
			// must be about the same thing.
			for (int j = index + 1; j < claims.size() && claims.get(j).sentence() <= claim.sentence() + REACH; j++) {
				FoundClaim other = claims.get(j);
				if (differentSpeakers(other, claim)
						&& (accuses(other.text()) || Contradictions.shareSubject(other.text(), claim.text()))) {
					claim.contradict(j);
					return;
				}
			}
		}
	}

	/**
	 * Links the criticism, and the statements of other parties in the sentences after it,
	 * to the statements of the party it criticises: a speaker it names, or whose act it
	 * names by a verb of the same meaning.
	 */
	private static void criticism(List<FoundClaim> claims, int index) {
		FoundClaim criticism = claims.get(index);
		Speaker target = null;
		for (int j = index - 1; j >= 0 && target == null; j--) {
			Speaker other = claims.get(j).speaker();
			if (other != null && other.actorKey() != null && criticism.actorKeys().contains(other.actorKey())
					&& !other.sameAs(criticism.speaker())) {
				target = other;
			}
		}
		if (target == null) {
			target = actingParty(claims, index);
		}
		if (target == null) {
			return;
		}
		for (int k = index; k < claims.size()
				&& claims.get(k).sentence() <= criticism.sentence() + CRITICS_REACH; k++) {
			FoundClaim critic = claims.get(k);
			if (critic.speaker() == null || critic.speaker().sameAs(target)) {
				continue;
			}
			for (int j = 0; j < index; j++) {
				Speaker speaker = claims.get(j).speaker();
				if (speaker != null && speaker.sameAs(target)) {
					critic.contradict(j);
				}
			}
		}
	}

	/**
	 * The party whose act a criticism names by a verb: "pushed back against minimizing
	 * the outbreak" criticises whoever "downplayed" it, a word of the same meaning in the
	 * sentence of an earlier statement.
	 */
	private static @Nullable Speaker actingParty(List<FoundClaim> claims, int index) {
		FoundClaim criticism = claims.get(index);
		Set<String> acts = new HashSet<>();
		for (String word : WORD.split(criticism.text().toLowerCase(Locale.ROOT))) {
			Set<String> meanings = WordNet.synonyms(word, true);
			if (word.length() > 4 && !meanings.contains(criticism.verb())) {
				acts.addAll(meanings);
			}
		}
		acts.removeIf((act) -> act.length() <= 3 || act.contains(" "));
		for (int j = index - 1; j >= 0 && claims.get(j).sentence() >= criticism.sentence() - ACT_REACH; j--) {
			FoundClaim claim = claims.get(j);
			if (!differentSpeakers(claim, criticism)) {
				continue;
			}
			for (String word : WORD.split(claim.sentenceText().toLowerCase(Locale.ROOT))) {
				if (word.length() > 4 && WordNet.synonyms(word, true).stream().anyMatch(acts::contains)) {
					return firstSpeakerOfSentence(claims, j, criticism);
				}
			}
		}
		return null;
	}

	/**
	 * The speaker of a sentence's main statement, an actor before a label: the party
	 * whose act the sentence tells of.
	 */
	private static @Nullable Speaker firstSpeakerOfSentence(List<FoundClaim> claims, int index, FoundClaim criticism) {
		int sentence = claims.get(index).sentence();
		Speaker label = null;
		for (FoundClaim claim : claims) {
			if (claim.sentence() == sentence && differentSpeakers(claim, criticism)) {
				if (claim.speaker().actorKey() != null) {
					return claim.speaker();
				}
				label = (label != null) ? label : claim.speaker();
			}
		}
		return label;
	}

	/** Links a statement to the last one before it, within reach, by another party. */
	private static boolean previousByOther(List<FoundClaim> claims, int index, int reach, boolean sameSentence) {
		FoundClaim claim = claims.get(index);
		for (int j = index - 1; j >= 0 && claims.get(j).sentence() >= claim.sentence() - reach; j--) {
			FoundClaim other = claims.get(j);
			if (differentSpeakers(other, claim) && (sameSentence || other.sentence() < claim.sentence()
					|| other.span().end() <= claim.span().start())) {
				claim.contradict(j);
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the statement is set against what comes before: its sentence or its
	 * attribution opens with a contrast ("But", "However", "while"), or its verb corrects
	 * ("clarified", "countered").
	 */
	private static boolean isContrasted(FoundClaim claim) {
		if (CONTRAST.contains(claim.verb())) {
			return true;
		}
		String sentence = claim.sentenceText().strip();
		String first = sentence.split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
		if (CONTRAST.contains(first) && !first.equals("while") && !first.equals("although")
				&& !first.equals("though")) {
			return true;
		}
		int start = claim.span().start() - sentenceStart(claim);
		String before = (claim.frameStart() >= 0 || start > 0)
				? sentence.substring(0, Math.max(0, Math.min(sentence.length(), start))).toLowerCase(Locale.ROOT) : "";
		return before.matches(".*\\b(while|whereas)\\b[^,]*$");
	}

	private static int sentenceStart(FoundClaim claim) {
		return claim.span().start() - Math.max(0, claim.sentenceText().indexOf(claim.text()));
	}

	/**
	 * Two statements of different speakers that do not overlap: a statement reported
	 * inside another ("X said reports suggest Y") does not answer it.
	 */
	private static boolean differentSpeakers(FoundClaim first, FoundClaim second) {
		return first.speaker() != null && second.speaker() != null && !first.speaker().sameAs(second.speaker())
				&& !first.overlaps(second.span());
	}

}
