package org.newsline.ingest.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reads one article file (bytes) into clean text with its metadata, or says why it
 * cannot.
 */
public final class DocumentReader {

	private static final List<String> TEXT_EXTENSIONS = List.of(".txt");

	private static final List<String> HTML_EXTENSIONS = List.of(".html", ".htm");

	private static final int MAX_TITLE = 300;

	private static final int MAX_OUTLET = 200;

	private static final int MAX_URL = 2000;

	private final CleaningRules rules;

	private final ArticleCleaner cleaner;

	public DocumentReader(CleaningRules rules) {
		this.rules = rules;
		this.cleaner = new ArticleCleaner(rules);
	}

	/**
	 * Reads an article file; the manifest entry, when given, wins over anything found in
	 * the file.
	 */
	public CleanDocument read(String fileName, byte[] content, @Nullable ManifestEntry manifest)
			throws UnreadableDocumentException {
		String key = key(fileName);
		String lowerKey = key.toLowerCase(Locale.ROOT);
		boolean htmlByName = HTML_EXTENSIONS.stream().anyMatch(lowerKey::endsWith);
		if (!htmlByName && TEXT_EXTENSIONS.stream().noneMatch(lowerKey::endsWith)) {
			throw UnreadableDocumentException.unsupportedType(key);
		}
		return read(key, content, htmlByName, manifest, null);
	}

	/**
	 * Reads a document stored under the given key, as HTML or as text by its source's
	 * word: what {@code manifest} says wins over anything found in the document, and what
	 * {@code fallback} says (such as a feed item's title and date) fills only what the
	 * document lacks.
	 */
	public CleanDocument read(String key, byte[] content, boolean htmlByName, @Nullable ManifestEntry manifest,
			@Nullable ManifestEntry fallback) throws UnreadableDocumentException {
		if (content.length == 0) {
			throw UnreadableDocumentException.empty(key);
		}
		if (content.length > this.rules.maxBytes()) {
			throw UnreadableDocumentException.tooLarge(key, content.length, this.rules.maxBytes());
		}
		ContentSniffer.Signature signature = ContentSniffer.signature(content);
		if (signature != null) {
			throw signature.compressed() ? UnreadableDocumentException.compressed(key, signature.kind())
					: UnreadableDocumentException.binary(key, signature.kind());
		}
		CharsetDetector.Decoded decoded = CharsetDetector.decode(content, htmlByName);
		if (ContentSniffer.looksBinary(decoded.text())) {
			throw UnreadableDocumentException.binary(key);
		}
		if (Paragraphs.isBlank(decoded.text())) {
			throw UnreadableDocumentException.empty(key);
		}
		List<String> notes = new ArrayList<>();
		if (decoded.note() != null) {
			notes.add(decoded.note());
		}
		boolean html = htmlByName || ContentSniffer.looksLikeHtml(decoded.text());
		if (html && !htmlByName) {
			notes.add("read as HTML (the text file holds markup)");
		}
		Found found = html ? fromHtml(content, decoded, htmlByName) : fromText(decoded.text());

		ArticleCleaner.Cleaned cleaned = this.cleaner.clean(found.blocks());
		notes.addAll(cleaned.notes());
		List<String> paragraphs = new ArrayList<>(cleaned.blocks().stream().map(Block::text).toList());

		String title = firstNonNull((manifest != null) ? manifest.title() : null, found.title(),
				(fallback != null) ? fallback.title() : null, found.firstLine());
		if (title != null && !paragraphs.isEmpty() && sameText(paragraphs.get(0), title)) {
			paragraphs.remove(0);
		}
		title = clip(title, MAX_TITLE, "title", notes);
		if (paragraphs.isEmpty()) {
			throw UnreadableDocumentException.noText(key);
		}

		String outlet = firstNonNull((manifest != null) ? manifest.outlet() : null, found.outlet(),
				(fallback != null) ? fallback.outlet() : null);
		if (outlet == null && cleaned.outlet() != null) {
			outlet = cleaned.outlet();
			notes.add("outlet '" + outlet + "' from attribution line");
		}
		outlet = dropIfLonger(outlet, MAX_OUTLET, "outlet", notes);
		String url = dropIfLonger(firstNonNull((manifest != null) ? manifest.url() : null, found.url()), MAX_URL,
				"web address", notes);

		LocalDate published;
		DateOrigin origin;
		if (manifest != null && manifest.published() != null) {
			published = manifest.published();
			origin = DateOrigin.MANIFEST;
		}
		else if (found.published() != null) {
			published = found.published();
			origin = DateOrigin.METADATA;
			notes.add("publication date " + published + " from the page's " + found.publishedEvidence());
		}
		else if (fallback != null && fallback.published() != null) {
			published = fallback.published();
			origin = DateOrigin.METADATA;
			notes.add("publication date " + published + " from the feed item");
		}
		else {
			PublicationDateFinder.FoundDate inText = PublicationDateFinder
				.find(found.blocks().stream().map((block) -> Paragraphs.normalize(block.text())).toList())
				.orElse(null);
			if (inText != null) {
				published = inText.date();
				origin = DateOrigin.TEXT;
				notes.add("publication date " + published + " inferred from the text ('" + inText.evidence() + "')");
			}
			else {
				published = null;
				origin = DateOrigin.UNKNOWN;
				notes.add("publication date unknown");
			}
		}
		return new CleanDocument(key, title, outlet, url, published, origin, String.join("\n\n", paragraphs),
				paragraphs, decoded.charset(), notes);
	}

	private static Found fromHtml(byte[] content, CharsetDetector.Decoded decoded, boolean htmlByName) {
		CharsetDetector.Decoded text = htmlByName ? decoded : CharsetDetector.decode(content, true);
		HtmlExtractor.HtmlArticle article = HtmlExtractor.extract(text.text());
		return new Found(article.blocks(), article.title(), null, article.outlet(), article.url(), article.published(),
				article.publishedEvidence());
	}

	private Found fromText(String text) {
		List<Block> blocks = Paragraphs.split(text);
		String firstLine = null;
		int first = 0;
		while (first < Math.min(blocks.size(), 3) && isPreamble(blocks.get(first))) {
			first++;
		}
		if (first < blocks.size() - 1 && isHeadline(blocks.get(first))) {
			firstLine = Paragraphs.normalize(blocks.get(first).text());
		}
		return new Found(blocks, null, firstLine, null, null, null, null);
	}

	private boolean isPreamble(Block block) {
		String text = Paragraphs.normalize(block.text());
		return text.length() <= this.rules.maxBoilerplateLength() && (PublicationDateFinder.isDateOnly(text)
				|| this.rules.boilerplateLines().stream().anyMatch((pattern) -> pattern.matcher(text).matches()));
	}

	/**
	 * A text file's first paragraph is its headline when it stands alone and reads like
	 * one: a few words, no final full stop, not a list item, a byline or a date.
	 */
	private boolean isHeadline(Block first) {
		String text = Paragraphs.normalize(first.text());
		int words = Paragraphs.wordCount(text);
		return first.standalone() && !first.listItem() && words >= 2 && words <= this.rules.maxTitleWords()
				&& text.length() <= 250 && !text.endsWith(".") && !text.endsWith(":") && !text.endsWith(",")
				&& Character.isLetterOrDigit(text.codePointAt(0)) && !PublicationDateFinder.isDateOnly(text)
				&& this.rules.boilerplateLines().stream().noneMatch((pattern) -> pattern.matcher(text).matches());
	}

	/**
	 * The key a file is stored under: see {@link FileNames#safe(String)}.
	 */
	static String key(String fileName) {
		return FileNames.safe(fileName);
	}

	private static boolean sameText(String paragraph, String title) {
		return comparable(paragraph).equals(comparable(title));
	}

	private static String comparable(String text) {
		return Paragraphs.normalize(text)
			.toLowerCase(Locale.ROOT)
			.replace('’', '\'')
			.replace('‘', '\'')
			.replace('“', '"')
			.replace('”', '"')
			.replaceAll("[\\s.!?]+$", "");
	}

	/**
	 * A title longer than a title can be is cut, with a note; the text keeps it whole.
	 */
	private static @Nullable String clip(@Nullable String text, int max, String what, List<String> notes) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		notes.add(what + " cut to " + max + " of " + String.format(Locale.ROOT, "%,d", text.length()) + " characters");
		return text.substring(0, end).strip() + "…";
	}

	/**
	 * An outlet name or address that long is not one: it is left out, with a note.
	 */
	private static @Nullable String dropIfLonger(@Nullable String text, int max, String what, List<String> notes) {
		if (text == null || text.length() <= max) {
			return text;
		}
		notes.add(what + " left out: " + String.format(Locale.ROOT, "%,d", text.length())
				+ " characters, more than the " + max + " one can have");
		return null;
	}

	@SafeVarargs
	private static <T> @Nullable T firstNonNull(@Nullable T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private record Found(List<Block> blocks, @Nullable String title, @Nullable String firstLine,
			@Nullable String outlet, @Nullable String url, @Nullable LocalDate published,
			@Nullable String publishedEvidence) {
	}

}
