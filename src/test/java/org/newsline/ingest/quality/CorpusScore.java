package org.newsline.ingest.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The scores {@code corpus/dev/score.py} gives an extraction against the development
 * corpus's gold, computed exactly as that scorer computes them.
 * <p>
 * A port of its {@code score()}: same text folding, same stop words, same one-to-one
 * matching (Kuhn's augmenting paths, phase by phase, in the same order), so every count
 * equals the Python one. JSON values are read as Python reads them: a missing key and
 * {@code null} differ where {@code score.py} tells them apart, {@code or} takes the first
 * truthy value, and scalars where text is expected print as Python's {@code str()} prints
 * them (floating-point numbers excepted, which print as JSON). A list that is neither
 * absent, falsy nor a JSON array fails fast, where {@code score.py} would iterate over
 * it. {@code overall()} sums left to right, as {@code sum()} does before Python 3.12.
 *
 * @param files the gold files scored, in the order {@code score.py} scores them
 * @param misses what {@code score.py --verbose} prints on standard error, line by line:
 * missed, extra, misdated, unmerged and misattributed items
 */
record CorpusScore(List<String> files, Fraction actorRecall, Fraction actorPrecision, Fraction actorPrecisionOtherKinds,
		Fraction actorPrecisionCountryMedia, Fraction eventRecall, Fraction eventDateAccuracy, Fraction mergeRecall,
		Fraction claimRecall, Fraction claimSpeakerAccuracy, Fraction disputeRecall, List<String> misses) {

	private static final Set<String> STOP = Set.copyOf(List.of("""
			a an the and or but nor so yet of to in on at for from by with as into onto over under about after before
			between during than then that this these those there their theirs they them it its is are was were be been
			being has have had having do does did not no such he she his her hers him we our ours us you your yours i me
			my mine who whom whose which what when where why how all any both each few more most other some own same too
			very can will just should would could may might must shall said says say saying told tell tells according
			also up out off again further once here if while because until against through throughout per via
			""".strip().split("\\s+")));

	private static final List<String> LINK_KEYS = List.of("disputed_by", "disputedBy", "contradicted_by",
			"contradictedBy", "contradicts", "contradictions", "counter_claims", "counterClaims", "disputes", "links");

	private static final Set<String> NAME_KINDS_SEPARATE = Set.of("COUNTRY", "MEDIA");

	private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9&]+");

	private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) ");

	private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

	// Python's \d is any Unicode decimal digit, and int() reads them all
	private static final Pattern YEAR = Pattern.compile("\\d{4}", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern SCHEME = Pattern.compile("^[a-z]+://");

	private static final Pattern WWW = Pattern.compile("^www\\.");

	private static final Map<Integer, Boolean> combining = new ConcurrentHashMap<>();

	CorpusScore {
		files = List.copyOf(files);
		misses = List.copyOf(misses);
	}

	/**
	 * Scores an extraction (score.py's {@code extracted.json}) against the gold, on the
	 * given files (names, stems or prefixes such as {@code "04"}, in the set's iteration
	 * order), or on all of them when {@code files} is null or empty.
	 */
	static CorpusScore of(JsonNode gold, JsonNode extracted, @Nullable Set<String> files) {
		return new Scoring(new GoldView(gold, files), extracted).score();
	}

	/**
	 * The mean of actor recall, actor precision, event recall, merge recall, claim recall
	 * and dispute recall; a component over nothing is left out, except actor precision,
	 * which then counts 0.
	 */
	double overall() {
		List<Fraction> components = List.of(this.actorRecall, this.actorPrecision, this.eventRecall, this.mergeRecall,
				this.claimRecall, this.disputeRecall);
		double sum = 0;
		int count = 0;
		for (int i = 0; i < components.size(); i++) {
			Fraction component = components.get(i);
			if (component.denominator() != 0) {
				sum += (double) component.numerator() / component.denominator();
				count++;
			}
			else if (i == 1) {
				count++; // nothing extracted: actor precision counts as 0
			}
		}
		return (count != 0) ? sum / count : 0;
	}

	/** The report {@code score.py} prints on standard output, line for line. */
	String table() {
		StringBuilder out = new StringBuilder();
		out.append("articles: ").append(this.files.size()).append('\n');
		line(out, "actor recall", this.actorRecall, false);
		line(out, "actor precision", this.actorPrecision, true);
		line(out, "actor precision (kinds other than COUNTRY/MEDIA)", this.actorPrecisionOtherKinds, false);
		line(out, "actor precision (COUNTRY/MEDIA only)", this.actorPrecisionCountryMedia, false);
		line(out, "event recall", this.eventRecall, false);
		line(out, "event date accuracy", this.eventDateAccuracy, true);
		line(out, "cross-article merge recall", this.mergeRecall, false);
		line(out, "claim recall", this.claimRecall, false);
		line(out, "claim speaker accuracy", this.claimSpeakerAccuracy, true);
		line(out, "dispute recall", this.disputeRecall, false);
		out.append("overall: ").append(threeDecimals(overall())).append('\n');
		return out.toString();
	}

	private static void line(StringBuilder out, String label, Fraction fraction, boolean zeroOverNothing) {
		OptionalDouble ratio = fraction.ratio();
		String value = ratio.isPresent() ? threeDecimals(ratio.getAsDouble()) : (zeroOverNothing ? "0.000" : "n/a");
		out.append(label).append(": ").append(value).append(" (").append(fraction).append(")\n");
	}

	// Python's "{:.3f}" rounds the exact binary value half to even
	private static String threeDecimals(double value) {
		return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
	}

	/** A score.py pair: how many were right out of how many were scored. */
	record Fraction(int numerator, int denominator) {

		/** The share, or empty over nothing, as score.py's {@code ratio()} gives None. */
		OptionalDouble ratio() {
			return (this.denominator != 0) ? OptionalDouble.of((double) this.numerator / this.denominator)
					: OptionalDouble.empty();
		}

		@Override
		public String toString() {
			return this.numerator + "/" + this.denominator;
		}

	}

	// ------------------------------------------------------------------ text helpers

	/**
	 * score.py's {@code fold}: typographic quotes and dashes to ASCII, NFKD, combining
	 * marks dropped, lower case.
	 */
	static String fold(String text) {
		StringBuilder unquoted = new StringBuilder(text.length());
		text.codePoints().map(CorpusScore::unquote).forEach(unquoted::appendCodePoint);
		String decomposed = Normalizer.normalize(unquoted, Normalizer.Form.NFKD);
		StringBuilder out = new StringBuilder(decomposed.length());
		decomposed.codePoints().filter((c) -> !combining(c)).forEach(out::appendCodePoint);
		return out.toString().toLowerCase(Locale.ROOT);
	}

	private static int unquote(int c) {
		return switch (c) {
			case '\u201C', '\u201D', '\u201E' -> '"';
			case '\u2018', '\u2019', '\u201A' -> '\'';
			case '\u2013', '\u2014' -> '-';
			default -> c;
		};
	}

	/**
	 * Whether a code point of decomposed text has a non-zero canonical combining class,
	 * as Python's {@code unicodedata.combining} tells (for every assigned code point both
	 * Unicode versions know). The JDK does not expose the class, so this reads it off
	 * canonical reordering, which puts a mark of lower non-zero class before one of
	 * higher class: after U+0334 (class 1) it catches classes above 1, before U+0345
	 * (class 240, the highest) classes 1 to 239. A code point with a canonical
	 * decomposition would reorder anyway: fold() never asks about one.
	 */
	private static boolean combining(int c) {
		if (c < 0x0300) {
			return false;
		}
		return combining.computeIfAbsent(c, (mark) -> {
			String m = Character.toString(mark);
			return reorders("a" + m + "\u0334") || reorders("a\u0345" + m);
		});
	}

	private static boolean reorders(String text) {
		return !Normalizer.normalize(text, Normalizer.Form.NFD).equals(text);
	}

	/**
	 * score.py's {@code norm_name}: folded, periods dropped, runs of anything but
	 * {@code [a-z0-9&]} to one space, a leading article dropped.
	 */
	static String normName(String name) {
		String folded = fold(name).replace(".", "");
		String spaced = NOT_NAME.matcher(folded).replaceAll(" ").strip();
		return LEADING_ARTICLE.matcher(spaced).replaceFirst("");
	}

	static String stem(String token) {
		if (token.length() > 4 && token.endsWith("ies")) {
			return token.substring(0, token.length() - 3) + "y";
		}
		if (token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")) {
			return token.substring(0, token.length() - 1);
		}
		return token;
	}

	/** score.py's {@code words}: the stemmed content words of a text. */
	static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		Matcher matcher = WORD.matcher(fold(text));
		while (matcher.find()) {
			String token = matcher.group();
			if (token.length() > 1 && !STOP.contains(token)) {
				words.add(stem(token));
			}
		}
		return words;
	}

	/** The share of the words of {@code of} that occur in {@code within}. */
	static double share(Set<String> of, Set<String> within) {
		if (of.isEmpty()) {
			return 0.0;
		}
		int common = 0;
		for (String word : of) {
			if (within.contains(word)) {
				common++;
			}
		}
		return (double) common / of.size();
	}

	static String dayLo(String date) {
		String day = prefix(date, 10);
		if (YEAR.matcher(day).matches()) {
			return day + "-01-01";
		}
		if (YEAR_MONTH.matcher(day).matches()) {
			return day + "-01";
		}
		return day;
	}

	static String dayHi(String date) {
		String day = prefix(date, 10);
		if (YEAR.matcher(day).matches()) {
			return day + "-12-31";
		}
		if (YEAR_MONTH.matcher(day).matches()) {
			int dash = day.indexOf('-');
			int year = digits(day.substring(0, dash));
			int month = digits(day.substring(dash + 1));
			boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
			int last = switch (month) {
				case 1, 3, 5, 7, 8, 10, 12 -> 31;
				case 2 -> leap ? 29 : 28;
				default -> 30;
			};
			return day + "-" + ((last < 10) ? "0" : "") + last;
		}
		return day;
	}

	private static int digits(String number) {
		return number.codePoints().reduce(0, (value, digit) -> value * 10 + Character.digit(digit, 10));
	}

	/** A date interval as score.py holds it: two strings, compared as strings. */
	record Interval(String lo, String hi) {

		boolean overlaps(Interval other) {
			return !(compare(this.hi, other.lo) < 0 || compare(this.lo, other.hi) > 0);
		}

		boolean contains(String day) {
			return compare(this.lo, day) <= 0 && compare(day, this.hi) <= 0;
		}

		@Override
		public String toString() {
			return "(" + repr(this.lo) + ", " + repr(this.hi) + ")";
		}

	}

	/**
	 * score.py's {@code max_matching}: Kuhn's augmenting paths, one phase after another
	 * (a later phase may re-route earlier pairs), left vertices and their candidates in
	 * order.
	 * @return right vertex by left vertex
	 */
	static Map<Integer, Integer> maxMatching(int left, List<Map<Integer, List<Integer>>> phases) {
		Map<Integer, Integer> leftByRight = new LinkedHashMap<>();
		for (Map<Integer, List<Integer>> adjacency : phases) {
			for (int u = 0; u < left; u++) {
				if (!leftByRight.containsValue(u)) {
					augment(u, adjacency, new HashSet<>(), leftByRight);
				}
			}
		}
		Map<Integer, Integer> rightByLeft = new LinkedHashMap<>();
		leftByRight.forEach((v, u) -> rightByLeft.put(u, v));
		return rightByLeft;
	}

	private static boolean augment(int u, Map<Integer, List<Integer>> adjacency, Set<Integer> seen,
			Map<Integer, Integer> leftByRight) {
		for (int v : adjacency.getOrDefault(u, List.of())) {
			if (!seen.add(v)) {
				continue;
			}
			Integer owner = leftByRight.get(v);
			if (owner == null || augment(owner, adjacency, seen, leftByRight)) {
				leftByRight.put(v, u);
				return true;
			}
		}
		return false;
	}

	// ------------------------------------------------------------------ Python values

	/** Python's truth value of a JSON value; a missing one is None. */
	static boolean truthy(@Nullable JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return false;
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isNumber()) {
			return node.doubleValue() != 0;
		}
		if (node.isString()) {
			return !node.stringValue().isEmpty();
		}
		return !node.isEmpty();
	}

	/** Python's {@code a or b or ...}: the first truthy value, else the last one. */
	private static @Nullable JsonNode or(@Nullable JsonNode... nodes) {
		for (JsonNode node : nodes) {
			if (truthy(node)) {
				return node;
			}
		}
		return nodes[nodes.length - 1];
	}

	/** Python's {@code str()} of a JSON value; a missing one is None. */
	static String str(@Nullable JsonNode node) {
		if (node != null && node.isString()) {
			return node.stringValue();
		}
		return repr(node);
	}

	/** Python's {@code repr()} of a JSON value; a missing one is None. */
	static String repr(@Nullable JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return "None";
		}
		if (node.isString()) {
			return repr(node.stringValue());
		}
		if (node.isBoolean()) {
			return node.booleanValue() ? "True" : "False";
		}
		if (node.isIntegralNumber()) {
			return node.bigIntegerValue().toString();
		}
		if (node.isArray()) {
			List<String> items = new ArrayList<>();
			node.values().forEach((item) -> items.add(repr(item)));
			return "[" + String.join(", ", items) + "]";
		}
		if (node.isObject()) {
			List<String> items = new ArrayList<>();
			node.properties().forEach((p) -> items.add(repr(p.getKey()) + ": " + repr(p.getValue())));
			return "{" + String.join(", ", items) + "}";
		}
		return node.toString();
	}

	/** Python's {@code repr()} of a string. */
	static String repr(String text) {
		char quote = (text.indexOf('\'') >= 0 && text.indexOf('"') < 0) ? '"' : '\'';
		StringBuilder out = new StringBuilder().append(quote);
		text.codePoints().forEach((c) -> {
			if (c == quote || c == '\\') {
				out.append('\\').appendCodePoint(c);
			}
			else if (c == '\n') {
				out.append("\\n");
			}
			else if (c == '\r') {
				out.append("\\r");
			}
			else if (c == '\t') {
				out.append("\\t");
			}
			else if (printable(c)) {
				out.appendCodePoint(c);
			}
			else if (c < 0x100) {
				out.append(String.format("\\x%02x", c));
			}
			else if (c < 0x10000) {
				out.append(String.format("\\u%04x", c));
			}
			else {
				out.append(String.format("\\U%08x", c));
			}
		});
		return out.append(quote).toString();
	}

	private static boolean printable(int c) {
		return switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
				false;
			case Character.SPACE_SEPARATOR -> c == ' ';
			default -> true;
		};
	}

	private static String repr(List<String> texts) {
		List<String> items = new ArrayList<>();
		texts.forEach((text) -> items.add(repr(text)));
		return "[" + String.join(", ", items) + "]";
	}

	/**
	 * Python's {@code obj.get(key, default)} as text: the default when the key is absent,
	 * {@code str()} of the value otherwise.
	 */
	private static String get(JsonNode object, String key, String absent) {
		JsonNode value = field(object, key);
		return (value != null) ? str(value) : absent;
	}

	private static @Nullable JsonNode field(JsonNode object, String key) {
		if (!object.isObject()) {
			throw new IllegalArgumentException("score.py reads '" + key + "' of a JSON object, not of " + object);
		}
		return object.get(key);
	}

	/** Python's {@code x or []} for a list: its items, none when falsy. */
	private static List<JsonNode> list(@Nullable JsonNode node) {
		if (!truthy(node)) {
			return List.of();
		}
		if (!node.isArray()) {
			throw new IllegalArgumentException("score.py expects a list, not " + node);
		}
		return new ArrayList<>(node.values());
	}

	private static List<String> strings(@Nullable JsonNode node) {
		return list(node).stream().map(CorpusScore::str).toList();
	}

	/** A JSON value used as a dictionary key: None when absent or null. */
	private static @Nullable String key(@Nullable JsonNode node) {
		return (node == null || node.isNull() || node.isMissingNode()) ? null : str(node);
	}

	/** score.py's {@code names_of}: an actor's name, given as a string or an object. */
	private static String nameOf(@Nullable JsonNode actor) {
		if (actor != null && actor.isObject()) {
			JsonNode name = or(actor.get("name"), actor.get("actor"));
			return truthy(name) ? str(name) : "";
		}
		return truthy(actor) ? str(actor) : "";
	}

	/** Python's comparison of strings: code point by code point. */
	static int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int x = a.codePointAt(i);
			int y = b.codePointAt(j);
			if (x != y) {
				return Integer.compare(x, y);
			}
			i += Character.charCount(x);
			j += Character.charCount(y);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

	/** Python's {@code text[:length]}, in code points. */
	static String prefix(String text, int length) {
		return (text.codePointCount(0, text.length()) <= length) ? text
				: text.substring(0, text.offsetByCodePoints(0, length));
	}

	/** Python's {@code str.strip()}: Unicode white space, no-break spaces included. */
	static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && space(text.charAt(start))) {
			start++;
		}
		while (end > start && space(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean space(char c) {
		return Character.isWhitespace(c) || c == '\u0085' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
	}

	// ------------------------------------------------------------------ gold view

	/** score.py's {@code Gold}: the files scored, and lookups over the gold. */
	private static final class GoldView {

		final JsonNode raw;

		final List<String> allFiles = new ArrayList<>();

		final List<String> files;

		final Map<String, String> fileByUrl = new HashMap<>();

		/** Normalized forms by canonical actor name, over all files. */
		final Map<String, Set<String>> alias = new LinkedHashMap<>();

		/** The first canonical actor of each normalized form. */
		final Map<String, String> aliasOwner = new HashMap<>();

		/** Cross-article item windows by key. */
		final Map<@Nullable String, Interval> windows = new HashMap<>();

		GoldView(JsonNode gold, @Nullable Set<String> files) {
			this.raw = gold;
			field(gold, "articles").properties().forEach((entry) -> this.allFiles.add(entry.getKey()));
			this.files = (files != null && !files.isEmpty()) ? select(files) : List.copyOf(this.allFiles);
			for (String file : this.allFiles) {
				JsonNode url = field(article(file), "url");
				if (truthy(url)) {
					this.fileByUrl.put(urlKey(str(url)), file);
				}
			}
			for (String file : this.allFiles) {
				for (JsonNode actor : list(field(article(file), "actors"))) {
					String name = str(field(actor, "name"));
					Set<String> forms = this.alias.computeIfAbsent(name,
							(n) -> new LinkedHashSet<>(Set.of(normName(n))));
					strings(field(actor, "aliases")).forEach((form) -> forms.add(normName(form)));
				}
			}
			this.alias.forEach((name, forms) -> forms.forEach((form) -> this.aliasOwner.putIfAbsent(form, name)));
			for (JsonNode item : list(field(gold, "cross_article"))) {
				if (item.has("key")) {
					this.windows.put(key(item.get("key")),
							new Interval(str(field(item, "start")), str(field(item, "end"))));
				}
			}
		}

		JsonNode article(String file) {
			return field(this.raw, "articles").get(file);
		}

		private List<String> select(Set<String> tokens) {
			List<String> selected = new ArrayList<>();
			for (String token : tokens) {
				String tok = strip(token);
				if (tok.isEmpty()) {
					continue;
				}
				List<String> hits = this.allFiles.stream()
					.filter((f) -> f.equals(tok) || withoutExtension(f).equals(tok) || f.startsWith(tok + "_"))
					.toList();
				if (hits.isEmpty()) {
					throw new IllegalArgumentException("--files: no gold article matches " + repr(tok));
				}
				hits.stream().filter((hit) -> !selected.contains(hit)).forEach(selected::add);
			}
			return selected;
		}

		private static String urlKey(String url) {
			String key = SCHEME.matcher(strip(url).toLowerCase(Locale.ROOT)).replaceFirst("");
			key = WWW.matcher(key).replaceFirst("");
			return stripTrailingSlashes(key);
		}

		/**
		 * The gold file a reference names: its URL, its file name or stem, or a path or
		 * URL ending in either; a reference may be an object with {@code file},
		 * {@code key}, {@code article} or {@code url}.
		 */
		@Nullable String resolveFile(@Nullable JsonNode reference) {
			if (!truthy(reference)) {
				return null;
			}
			if (reference.isObject()) {
				reference = or(reference.get("file"), reference.get("key"), reference.get("article"),
						reference.get("url"));
				if (!truthy(reference)) {
					return null;
				}
			}
			String ref = str(reference);
			String byUrl = this.fileByUrl.get(urlKey(ref));
			if (byUrl != null) {
				return byUrl;
			}
			int query = ref.indexOf('?');
			String path = stripTrailingSlashes((query >= 0) ? ref.substring(0, query) : ref);
			String base = path.substring(path.lastIndexOf('/') + 1);
			for (String file : this.allFiles) {
				if (base.equals(file) || base.equals(withoutExtension(file))) {
					return file;
				}
			}
			return null;
		}

		/** Required and optional actors of the selected files, by canonical name. */
		Map<String, UnionActor> unionActors() {
			Map<String, UnionActor> union = new LinkedHashMap<>();
			for (String file : this.files) {
				for (JsonNode actor : list(field(article(file), "actors"))) {
					UnionActor entry = union.computeIfAbsent(str(field(actor, "name")), UnionActor::new);
					strings(field(actor, "aliases")).forEach((form) -> entry.forms.add(normName(form)));
					if (!truthy(actor.get("optional"))) {
						entry.optional = false;
					}
				}
			}
			return union;
		}

		/** Python's {@code os.path.splitext(file)[0]}. */
		private static String withoutExtension(String path) {
			int sep = path.lastIndexOf('/');
			int dot = path.lastIndexOf('.');
			if (dot > sep) {
				for (int i = sep + 1; i < dot; i++) {
					if (path.charAt(i) != '.') {
						return path.substring(0, dot);
					}
				}
			}
			return path;
		}

		private static String stripTrailingSlashes(String text) {
			int end = text.length();
			while (end > 0 && text.charAt(end - 1) == '/') {
				end--;
			}
			return text.substring(0, end);
		}

	}

	private static final class UnionActor {

		final Set<String> forms = new LinkedHashSet<>();

		boolean optional = true;

		UnionActor(String name) {
			this.forms.add(normName(name));
		}

	}

	// ------------------------------------------------------------------ scoring

	/** One run of score.py's {@code score()}. */
	private static final class Scoring {

		private final GoldView gold;

		private final JsonNode extracted;

		private final List<String> misses = new ArrayList<>();

		private final List<ExtractedEvent> events = new ArrayList<>();

		private final List<ExtractedClaim> claims = new ArrayList<>();

		Scoring(GoldView gold, JsonNode extracted) {
			this.gold = gold;
			this.extracted = extracted;
		}

		CorpusScore score() {
			Fraction[] actors = scoreActors();
			readEvents();
			Fraction[] events = scoreEvents();
			Fraction merges = scoreMerges();
			readClaims();
			Fraction[] claims = scoreClaims();
			return new CorpusScore(this.gold.files, actors[0], actors[1], actors[2], actors[3], events[0], events[1],
					merges, claims[0], claims[1], claims[2], this.misses);
		}

		private void miss(String line) {
			this.misses.add(line);
		}

		/** Recall, precision, precision of other kinds, precision of COUNTRY/MEDIA. */
		private Fraction[] scoreActors() {
			Map<String, UnionActor> union = this.gold.unionActors();
			List<JsonNode> actors = list(field(this.extracted, "actors"));
			List<Set<String>> forms = new ArrayList<>();
			for (JsonNode actor : actors) {
				Set<String> own = new HashSet<>();
				own.add(normName(get(actor, "name", "")));
				strings(field(actor, "aliases")).forEach((alias) -> own.add(normName(alias)));
				own.remove("");
				forms.add(own);
			}
			List<String> required = union.keySet().stream().filter((name) -> !union.get(name).optional).toList();
			int found = 0;
			for (String name : required) {
				if (forms.stream().anyMatch((own) -> intersects(union.get(name).forms, own))) {
					found++;
				}
				else {
					miss("  missed actor: " + name);
				}
			}
			int truePositives = 0;
			int falsePositives = 0;
			int[] countryMedia = new int[2];
			int[] otherKinds = new int[2];
			for (int i = 0; i < actors.size(); i++) {
				JsonNode actor = actors.get(i);
				Set<String> own = forms.get(i);
				List<UnionActor> owners = union.values().stream().filter((u) -> intersects(u.forms, own)).toList();
				boolean separate = NAME_KINDS_SEPARATE.contains(get(actor, "kind", "").toUpperCase(Locale.ROOT));
				int[] split = separate ? countryMedia : otherKinds;
				if (owners.stream().anyMatch((owner) -> !owner.optional)) {
					truePositives++;
					split[0]++;
				}
				else if (owners.isEmpty()) {
					falsePositives++;
					split[1]++;
					miss("  extra actor: " + str(actor.get("name")) + " " + str(actor.get("kind")));
				}
			}
			return new Fraction[] { new Fraction(found, required.size()),
					new Fraction(truePositives, truePositives + falsePositives),
					new Fraction(otherKinds[0], otherKinds[0] + otherKinds[1]),
					new Fraction(countryMedia[0], countryMedia[0] + countryMedia[1]) };
		}

		private void readEvents() {
			for (JsonNode event : list(field(this.extracted, "events"))) {
				Interval interval = interval(event);
				Map<String, List<String>> quotes = new LinkedHashMap<>();
				for (JsonNode source : list(field(event, "sources"))) {
					String file = this.gold.resolveFile(source);
					if (file != null) {
						JsonNode quote = source.isObject()
								? or(source.get("quote"), source.get("text"), source.get("evidence")) : null;
						quotes.computeIfAbsent(file, (f) -> new ArrayList<>()).add(truthy(quote) ? str(quote) : "");
					}
				}
				Set<String> actors = new HashSet<>();
				list(field(event, "actors")).forEach((actor) -> actors.add(normName(nameOf(actor))));
				actors.remove("");
				this.events.add(new ExtractedEvent(interval, quotes, words(get(event, "title", "")), actors));
			}
		}

		/** score.py's {@code ext_interval}. */
		private static @Nullable Interval interval(JsonNode event) {
			JsonNode start = or(field(event, "start"), event.get("date"), event.get("startDate"));
			if (!truthy(start)) {
				return null;
			}
			JsonNode end = or(event.get("end"), event.get("endDate"), start);
			return new Interval(dayLo(str(start)), dayHi(str(end)));
		}

		private boolean actorHit(Set<String> extractedActors, List<String> goldActors) {
			for (String name : goldActors) {
				Set<String> forms = this.gold.alias.getOrDefault(name, Set.of(normName(name)));
				if (intersects(forms, extractedActors)) {
					return true;
				}
			}
			return false;
		}

		private boolean eventMatches(Set<String> goldWords, Set<String> evidenceWords, List<String> goldActors,
				ExtractedEvent event, String file) {
			if (actorHit(event.actors(), goldActors)) {
				return true;
			}
			if (event.titleWords().size() >= 1 && share(event.titleWords(), goldWords) >= 0.4) {
				return true;
			}
			for (String quote : event.quotes().getOrDefault(file, List.of())) {
				if (!quote.isEmpty() && share(evidenceWords, words(quote)) >= 0.4) {
					return true;
				}
			}
			return false;
		}

		/** Event recall, event date accuracy. */
		private Fraction[] scoreEvents() {
			int required = 0;
			int found = 0;
			int dated = 0;
			for (String file : this.gold.files) {
				List<JsonNode> golds = required(field(this.gold.article(file), "events"));
				List<Integer> candidates = new ArrayList<>();
				for (int i = 0; i < this.events.size(); i++) {
					ExtractedEvent event = this.events.get(i);
					if (event.quotes().containsKey(file) && event.interval() != null) {
						candidates.add(i);
					}
				}
				Map<Integer, List<Integer>> strong = new LinkedHashMap<>();
				Map<Integer, List<Integer>> weak = new LinkedHashMap<>();
				for (int gi = 0; gi < golds.size(); gi++) {
					JsonNode g = golds.get(gi);
					Interval goldInterval = new Interval(str(field(g, "start")), str(field(g, "end")));
					Set<String> goldWords = words(str(field(g, "title")) + " " + str(field(g, "evidence")));
					Set<String> evidenceWords = words(str(field(g, "evidence")));
					List<String> goldActors = strings(field(g, "actors"));
					Interval window = this.gold.windows.get(key(g.get("merge_key")));
					for (int ci : candidates) {
						ExtractedEvent event = this.events.get(ci);
						Interval interval = Objects.requireNonNull(event.interval());
						if (!interval.overlaps(goldInterval)
								|| !eventMatches(goldWords, evidenceWords, goldActors, event, file)) {
							continue;
						}
						weak.computeIfAbsent(gi, (k) -> new ArrayList<>()).add(ci);
						String start = interval.lo();
						if (goldInterval.contains(start) || (window != null && window.contains(start))) {
							strong.computeIfAbsent(gi, (k) -> new ArrayList<>()).add(ci);
						}
					}
				}
				Map<Integer, Integer> matching = maxMatching(golds.size(), List.of(strong, weak));
				required += golds.size();
				found += matching.size();
				for (Map.Entry<Integer, Integer> pair : matching.entrySet()) {
					if (strong.getOrDefault(pair.getKey(), List.of()).contains(pair.getValue())) {
						dated++;
					}
				}
				for (int gi = 0; gi < golds.size(); gi++) {
					JsonNode g = golds.get(gi);
					String title = str(field(g, "title"));
					String span = str(field(g, "start")) + ".." + str(field(g, "end"));
					Integer ci = matching.get(gi);
					if (ci == null) {
						miss("  missed event [" + file + "]: " + title + " (" + span + ")");
					}
					else if (!strong.getOrDefault(gi, List.of()).contains(ci)) {
						miss("  misdated event [" + file + "]: " + title + " gold " + span + " got "
								+ this.events.get(ci).interval());
					}
				}
			}
			return new Fraction[] { new Fraction(found, required), new Fraction(dated, found) };
		}

		private Fraction scoreMerges() {
			int items = 0;
			int merged = 0;
			Set<String> selected = new HashSet<>(this.gold.files);
			for (JsonNode item : list(this.gold.raw.get("cross_article"))) {
				if (truthy(item.get("optional"))) {
					continue;
				}
				List<String> files = strings(field(item, "articles")).stream().filter(selected::contains).toList();
				if (files.size() < 2) {
					continue;
				}
				items++;
				JsonNode start = item.get("start");
				JsonNode end = item.get("end");
				Interval window = new Interval(truthy(start) ? str(start) : dayLo(str(field(item, "date"))),
						truthy(end) ? str(end) : dayHi(str(field(item, "date"))));
				String key = key(item.get("key"));
				List<String> titles = new ArrayList<>();
				List<String> evidence = new ArrayList<>();
				for (String file : files) {
					for (JsonNode g : list(field(this.gold.article(file), "events"))) {
						if (Objects.equals(key(g.get("merge_key")), key)) {
							titles.add(str(field(g, "title")) + " " + str(field(g, "evidence")));
							evidence.add(str(field(g, "evidence")));
						}
					}
				}
				Set<String> goldWords = words(str(field(item, "event")) + " " + String.join(" ", titles));
				Set<String> evidenceWords = words(String.join(" ", evidence));
				List<String> itemActors = strings(item.get("actors"));
				boolean ok = false;
				for (ExtractedEvent event : this.events) {
					Interval interval = event.interval();
					if (interval == null || files.stream().filter(event.quotes()::containsKey).count() < 2
							|| !interval.overlaps(window)) {
						continue;
					}
					if (actorHit(event.actors(), itemActors) || share(event.titleWords(), goldWords) >= 0.4
							|| event.quotes()
								.values()
								.stream()
								.flatMap(List::stream)
								.anyMatch((q) -> !q.isEmpty() && share(words(q), evidenceWords) >= 0.6)) {
						ok = true;
						break;
					}
				}
				if (ok) {
					merged++;
				}
				else {
					miss("  not merged: " + str(field(item, "event")) + " " + repr(files));
				}
			}
			return new Fraction(merged, items);
		}

		private void readClaims() {
			for (JsonNode claim : list(field(this.extracted, "claims"))) {
				String file = this.gold
					.resolveFile(or(field(claim, "file"), claim.get("source"), claim.get("article")));
				JsonNode speaker = claim.get("speaker");
				boolean disputed = get(claim, "status", "").toUpperCase(Locale.ROOT).equals("DISPUTED")
						|| LINK_KEYS.stream().anyMatch((k) -> truthy(claim.get(k)));
				this.claims.add(new ExtractedClaim(file, words(get(claim, "text", "")),
						truthy(speaker) ? speaker : JsonNodeFactory.instance.stringNode(""), disputed));
			}
		}

		/** score.py's {@code speaker_ok}. */
		private boolean speakerMatches(JsonNode goldClaim, JsonNode speaker) {
			String extracted = normName(nameOf(speaker));
			if (extracted.isEmpty()) {
				return false;
			}
			String goldSpeaker = str(field(goldClaim, "speaker"));
			Set<String> accepted = new LinkedHashSet<>();
			accepted.add(normName(goldSpeaker));
			accepted.addAll(this.gold.alias.getOrDefault(goldSpeaker, Set.of()));
			strings(goldClaim.get("speaker_aliases")).forEach((alias) -> accepted.add(normName(alias)));
			accepted.remove("");
			if (accepted.contains(extracted)) {
				return true;
			}
			String other = this.gold.aliasOwner.get(extracted);
			if (other != null && !other.isEmpty() && !other.equals(goldSpeaker)) {
				return false;
			}
			for (String form : accepted) {
				if (form.length() >= 5 && (containsWords(extracted, form) || containsWords(form, extracted))) {
					return true;
				}
			}
			return false;
		}

		private static boolean containsWords(String text, String words) {
			return Pattern.compile("\\b" + Pattern.quote(words) + "\\b").matcher(text).find();
		}

		/** Claim recall, claim speaker accuracy, dispute recall. */
		private Fraction[] scoreClaims() {
			int required = 0;
			int found = 0;
			int rightSpeakers = 0;
			int disputesRequired = 0;
			int disputesFound = 0;
			for (String file : this.gold.files) {
				List<JsonNode> golds = required(field(this.gold.article(file), "claims"));
				List<Integer> candidates = new ArrayList<>();
				for (int i = 0; i < this.claims.size(); i++) {
					if (file.equals(this.claims.get(i).file())) {
						candidates.add(i);
					}
				}
				// tiers: same speaker and close text, then same speaker, then any
				List<Map<Integer, List<Integer>>> tiers = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(),
						new LinkedHashMap<>());
				for (int gi = 0; gi < golds.size(); gi++) {
					JsonNode g = golds.get(gi);
					List<Set<String>> texts = new ArrayList<>();
					texts.add(words(str(field(g, "text"))));
					strings(g.get("alt_texts")).forEach((text) -> texts.add(words(text)));
					for (int ci : candidates) {
						ExtractedClaim claim = this.claims.get(ci);
						double similarity = texts.stream()
							.mapToDouble((t) -> share(t, claim.words()))
							.max()
							.orElseThrow();
						if (similarity < 0.5) {
							continue;
						}
						boolean speaker = speakerMatches(g, claim.speaker());
						boolean[] conditions = { speaker && similarity >= 0.8, speaker, true };
						for (int t = 0; t < conditions.length; t++) {
							if (conditions[t]) {
								tiers.get(t).computeIfAbsent(gi, (k) -> new ArrayList<>()).add(ci);
							}
						}
					}
				}
				Map<Integer, Integer> matching = maxMatching(golds.size(), tiers);
				required += golds.size();
				found += matching.size();
				for (int gi = 0; gi < golds.size(); gi++) {
					JsonNode g = golds.get(gi);
					String text = str(field(g, "text"));
					Integer ci = matching.get(gi);
					if (ci == null) {
						miss("  missed claim [" + file + "]: " + str(field(g, "speaker")) + ": " + prefix(text, 70));
					}
					else if (speakerMatches(g, this.claims.get(ci).speaker())) {
						rightSpeakers++;
					}
					else {
						miss("  wrong speaker [" + file + "]: gold " + repr(field(g, "speaker")) + " got "
								+ repr(this.claims.get(ci).speaker()));
					}
					if (truthy(g.get("disputed_by"))) {
						disputesRequired++;
						if (ci != null && this.claims.get(ci).disputed()) {
							disputesFound++;
						}
						else {
							miss("  dispute not flagged [" + file + "]: " + prefix(text, 60) + " (disputed by "
									+ str(g.get("disputed_by")) + ")");
						}
					}
				}
			}
			return new Fraction[] { new Fraction(found, required), new Fraction(rightSpeakers, found),
					new Fraction(disputesFound, disputesRequired) };
		}

		private static List<JsonNode> required(@Nullable JsonNode items) {
			return list(items).stream().filter((item) -> !truthy(item.get("optional"))).toList();
		}

		private static boolean intersects(Set<String> a, Set<String> b) {
			for (String item : a) {
				if (b.contains(item)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * An extracted event: its interval, source quotes by gold file, title words, actors.
	 */
	private record ExtractedEvent(@Nullable Interval interval, Map<String, List<String>> quotes, Set<String> titleWords,
			Set<String> actors) {
	}

	/**
	 * An extracted claim: its gold file, text words, speaker, and whether it is disputed.
	 */
	private record ExtractedClaim(@Nullable String file, Set<String> words, JsonNode speaker, boolean disputed) {
	}

}
