package org.newsline.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.nlp.Dependency;
import org.newsline.ingest.nlp.Sentence;
import org.newsline.ingest.nlp.Token;
import org.newsline.shared.TextSpan;

/**
 * Navigation over one sentence's enhanced++ dependencies.
 */
final class Parse {

	// Enhanced++ adds edges that do not belong to a phrase's own subtree (propagated
	// controllers, relative-pronoun references), so phrase spans ignore them.
	private static final Set<String> NON_TREE = Set.of("ref", "nsubj:xsubj", "nsubj:pass:xsubj", "nsubj:xsubj:pass");

	final Sentence sentence;

	final String text;

	private final List<List<Dependency>> children = new ArrayList<>();

	private final List<List<Dependency>> parents = new ArrayList<>();

	private final int root;

	Parse(Sentence sentence, String text) {
		this.sentence = sentence;
		this.text = text;
		for (int i = 0; i < sentence.tokens().size(); i++) {
			this.children.add(new ArrayList<>());
			this.parents.add(new ArrayList<>());
		}
		int foundRoot = -1;
		for (Dependency dep : sentence.deps()) {
			if (dep.governor() < 0) {
				if (foundRoot < 0) {
					foundRoot = dep.dependent();
				}
				continue;
			}
			if (dep.governor() < size() && dep.dependent() < size()) {
				this.children.get(dep.governor()).add(dep);
				this.parents.get(dep.dependent()).add(dep);
			}
		}
		this.root = foundRoot;
	}

	int size() {
		return this.sentence.tokens().size();
	}

	int root() {
		return this.root;
	}

	Token token(int index) {
		return this.sentence.tokens().get(index);
	}

	String lemma(int index) {
		return token(index).lemma().toLowerCase(Locale.ROOT);
	}

	String lower(int index) {
		return token(index).word().toLowerCase(Locale.ROOT);
	}

	boolean isVerb(int index) {
		return token(index).pos().startsWith("VB");
	}

	boolean isPunctuation(int index) {
		String pos = token(index).pos();
		return !Character.isLetterOrDigit(pos.charAt(0)) || pos.equals("HYPH") || pos.equals("-LRB-")
				|| pos.equals("-RRB-");
	}

	static boolean is(Dependency dep, String relation) {
		return dep.relation().equals(relation) || dep.relation().startsWith(relation + ":");
	}

	List<Dependency> children(int governor) {
		return governor < 0 ? List.of() : this.children.get(governor);
	}

	List<Dependency> parents(int dependent) {
		return dependent < 0 ? List.of() : this.parents.get(dependent);
	}

	List<Integer> children(int governor, String relation) {
		List<Integer> result = new ArrayList<>();
		for (Dependency dep : children(governor)) {
			if (is(dep, relation)) {
				result.add(dep.dependent());
			}
		}
		return result;
	}

	@Nullable Integer child(int governor, String... relations) {
		for (String relation : relations) {
			for (Dependency dep : children(governor)) {
				if (is(dep, relation)) {
					return dep.dependent();
				}
			}
		}
		return null;
	}

	@Nullable Integer childExact(int governor, String relation) {
		for (Dependency dep : children(governor)) {
			if (dep.relation().equals(relation)) {
				return dep.dependent();
			}
		}
		return null;
	}

	@Nullable Dependency parent(int dependent) {
		for (Dependency dep : parents(dependent)) {
			if (!NON_TREE.contains(dep.relation())) {
				return dep;
			}
		}
		return null;
	}

	/** The subject (active or passive) of a predicate, or null. */
	@Nullable Integer subject(int predicate) {
		for (Dependency dep : children(predicate)) {
			if (is(dep, "nsubj") || is(dep, "csubj")) {
				return dep.dependent();
			}
		}
		return null;
	}

	boolean isPassive(int predicate) {
		for (Dependency dep : children(predicate)) {
			if (dep.relation().startsWith("nsubj:pass") || dep.relation().equals("aux:pass")) {
				return true;
			}
		}
		return false;
	}

	boolean hasModal(int predicate) {
		for (Integer aux : children(predicate, "aux")) {
			if (Lexicon.MODALS.contains(lemma(aux))) {
				return true;
			}
		}
		return false;
	}

	boolean isNegated(int predicate) {
		for (Integer neg : children(predicate, "advmod")) {
			if (lemma(neg).equals("not") || lemma(neg).equals("never") || lower(neg).equals("n't")) {
				return true;
			}
		}
		return child(predicate, "neg") != null;
	}

	/**
	 * Tokens reachable from head along tree-like edges, never entering the excluded
	 * tokens.
	 */
	BitSet subtree(int head, BitSet excluded) {
		BitSet seen = new BitSet(size());
		Deque<Integer> todo = new ArrayDeque<>();
		todo.push(head);
		while (!todo.isEmpty()) {
			int current = todo.pop();
			if (seen.get(current) || (current != head && excluded.get(current))) {
				continue;
			}
			seen.set(current);
			for (Dependency dep : children(current)) {
				if (!NON_TREE.contains(dep.relation()) && !dep.relation().endsWith(":xsubj")) {
					todo.push(dep.dependent());
				}
			}
		}
		return seen;
	}

	BitSet subtree(int head) {
		return subtree(head, new BitSet());
	}

	/**
	 * Dependency distance from a token up to an ancestor, or -1 when it is not below it.
	 */
	int distanceUp(int from, int ancestor, int limit) {
		int current = from;
		for (int steps = 0; steps <= limit; steps++) {
			if (current == ancestor) {
				return steps;
			}
			Dependency up = parent(current);
			if (up == null) {
				return -1;
			}
			current = up.governor();
		}
		return -1;
	}

	TextSpan span(int firstToken, int lastToken) {
		return new TextSpan(token(firstToken).span().start(), token(lastToken).span().end());
	}

	String text(int firstToken, int lastToken) {
		TextSpan span = span(firstToken, lastToken);
		return this.text.substring(span.start(), span.end());
	}

	String sentenceText() {
		return this.text.substring(this.sentence.span().start(), this.sentence.span().end());
	}

	boolean isOpeningQuote(int index) {
		return token(index).pos().equals("``") || token(index).word().equals("“");
	}

	boolean isClosingQuote(int index) {
		return token(index).pos().equals("''") || token(index).word().equals("”");
	}

	/**
	 * The first and last token of the stretch around a head whose tokens all belong to
	 * {@code members}, stopping at quotation marks: a phrase as written, without the
	 * quotation a parser sometimes hangs from it.
	 */
	int[] stretch(int head, BitSet members) {
		int first = head;
		while (first > 0 && members.get(first - 1) && !isOpeningQuote(first - 1) && !isClosingQuote(first - 1)) {
			first--;
		}
		int last = head;
		while (last + 1 < size() && members.get(last + 1) && !isOpeningQuote(last + 1) && !isClosingQuote(last + 1)) {
			last++;
		}
		return new int[] { first, last };
	}

	/** Whether a token sits between an opening and a closing quotation mark. */
	boolean insideQuote(int index) {
		boolean open = false;
		for (int i = 0; i < index; i++) {
			String word = token(i).word();
			String pos = token(i).pos();
			if (pos.equals("``") || word.equals("“")) {
				open = true;
			}
			else if (pos.equals("''") || word.equals("”")) {
				open = false;
			}
		}
		return open;
	}

}
