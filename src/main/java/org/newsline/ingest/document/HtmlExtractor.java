package org.newsline.ingest.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTML page's article metadata and the paragraphs of its main content, leaving
 * site chrome behind.
 *
 * <p>
 * Only text is kept, so markup, scripts, event handlers and links vanish with it. Every
 * walk over the tree is iterative, so deeply nested markup cannot exhaust the stack.
 */
final class HtmlExtractor {

	private static final String JUNK = "script, style, noscript, iframe, frame, frameset, template, svg, math, canvas, "
			+ "object, embed, applet, video, audio, map, form, button, input, select, textarea, label, dialog, "
			+ "nav, header, footer, aside, menu, figure, picture, "
			+ "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
			+ "[role=complementary], [role=dialog], [role=search], [style~=(?i)display:\\s*none]";

	private static final Pattern CHROME_TOKEN = Pattern.compile("share|sharing|sharebar|social|socials|comments?|"
			+ "commenting|disqus|related|newsletter|newsletters|subscribe|subscription|signup|cookie|cookies|consent|"
			+ "gdpr|promo|promos|promotion|promoted|advert|adverts|advertisement|advertising|ads?|adslot|dfp|"
			+ "sponsor|sponsored|outbrain|taboola|popup|modal|overlay|banner|breadcrumb|breadcrumbs|sidebar|"
			+ "widget|widgets|recommended|recommendations|recirc|paywall|nav|navbar|navigation|menu|masthead|"
			+ "footer|header|toolbar|tags|byline|author|print|hidden|sr|visually|screenreader");

	private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
			"h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figcaption",
			"address", "hr", "br", "center", "details", "summary", "body", "caption", "fieldset", "hgroup");

	private static final Set<String> ROOT_TAGS = Set.of("html", "body", "main", "article");

	private static final int MIN_ROOT_TEXT = 140;

	private HtmlExtractor() {
	}

	static HtmlArticle extract(String html) {
		Document document = Jsoup.parse(html);
		Metadata metadata = metadata(document);
		String heading = firstText(document.select("article h1, main h1, h1"));
		document.select(JUNK).remove();
		removeChrome(document, textLengths(document));
		Element root = contentRoot(document, textLengths(document));
		root.select("h1").remove();
		List<Block> blocks = blocks(root);
		String title = firstNonBlank(metadata.title(), heading, metadata.documentTitle());
		return new HtmlArticle(title, metadata.outlet(), metadata.url(), metadata.published(),
				metadata.publishedEvidence(), blocks);
	}

	private static Metadata metadata(Document document) {
		List<String> scripts = new ArrayList<>();
		for (Element script : document.select("script[type=application/ld+json]")) {
			scripts.add(script.data());
		}
		JsonLd.ArticleFacts facts = JsonLd.read(scripts);
		String title = firstNonBlank(meta(document, "og:title"), (facts != null) ? facts.headline() : null,
				meta(document, "twitter:title"));
		String outlet = firstNonBlank(meta(document, "og:site_name"), (facts != null) ? facts.publisher() : null,
				meta(document, "application-name"));
		String url = firstWebAddress(attribute(document.selectFirst("link[rel=canonical]"), "href"),
				meta(document, "og:url"), (facts != null) ? facts.url() : null);
		String documentTitle = documentTitle(document, outlet);

		List<DateCandidate> dates = new ArrayList<>();
		dates.add(new DateCandidate("JSON-LD datePublished", (facts != null) ? facts.datePublished() : null));
		for (String name : List.of("article:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
				"date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "parsely-pub-date",
				"sailthru.date", "og:published_time")) {
			dates.add(new DateCandidate("meta " + name, meta(document, name)));
		}
		Element time = document
			.selectFirst("time[itemprop=datePublished], time[pubdate], article time[datetime], " + "time[datetime]");
		if (time != null) {
			dates.add(new DateCandidate("<time datetime>", firstNonBlank(time.attr("datetime"), time.text())));
		}
		for (DateCandidate date : dates) {
			LocalDate published = PublicationDateFinder.parse(date.value());
			if (published != null) {
				return new Metadata(title, documentTitle, outlet, url, published, date.source());
			}
		}
		return new Metadata(title, documentTitle, outlet, url, null, null);
	}

	private static @Nullable String meta(Document document, String name) {
		for (Element meta : document.select("meta[content]")) {
			String key = firstNonBlank(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"));
			if (key != null && key.equalsIgnoreCase(name)) {
				String content = meta.attr("content").strip();
				if (!content.isEmpty()) {
					return content;
				}
			}
		}
		return null;
	}

	private static @Nullable String documentTitle(Document document, @Nullable String outlet) {
		String title = Paragraphs.normalize(document.title());
		if (title.isEmpty()) {
			return null;
		}
		if (outlet != null) {
			for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ")) {
				String suffix = separator + outlet;
				if (title.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
					return title.substring(0, title.length() - suffix.length()).strip();
				}
			}
		}
		return title;
	}

	/**
	 * Removes elements whose class or id marks them as site chrome (share bars, cookie
	 * banners, related links, advertising), but never an element that holds the article
	 * itself or half of the page's text: a wrapper whose class only mentions a sidebar or
	 * comments may still hold the story.
	 */
	private static void removeChrome(Document document, Map<Element, Integer> textLength) {
		int half = length(textLength, document.body()) / 2;
		Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Element candidate : document.select("main, article, [itemprop=articleBody], [role=main]")) {
			Element element = candidate;
			while (element != null && keep.add(element)) {
				element = element.parent();
			}
		}
		NodeTraversor.filter(new NodeFilter() {

			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof Element element && !keep.contains(element)
						&& !ROOT_TAGS.contains(element.normalName()) && isChrome(element)
						&& (half == 0 || length(textLength, element) < half)) {
					return FilterResult.REMOVE;
				}
				return FilterResult.CONTINUE;
			}

		}, document);
	}

	private static boolean isChrome(Element element) {
		return hasChromeToken(element.className()) || hasChromeToken(element.id());
	}

	private static boolean hasChromeToken(String names) {
		if (names.isEmpty() || names.length() > 500) {
			return false;
		}
		for (String token : names.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
			if (CHROME_TOKEN.matcher(token).matches()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The element holding the story: the marked article body, else the article or main
	 * element with the most text, else the element whose paragraphs hold the most text.
	 */
	private static Element contentRoot(Document document, Map<Element, Integer> textLength) {
		for (String query : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
			Element best = null;
			for (Element candidate : document.select(query)) {
				if (best == null || length(textLength, candidate) > length(textLength, best)) {
					best = candidate;
				}
			}
			if (best != null && length(textLength, best) >= MIN_ROOT_TEXT) {
				return best;
			}
		}
		Map<Element, Integer> scores = new IdentityHashMap<>();
		Element best = null;
		for (Element paragraph : document.select("p")) {
			int length = length(textLength, paragraph);
			Element parent = paragraph.parent();
			if (parent == null) {
				continue;
			}
			int score = scores.merge(parent, length, Integer::sum);
			if (best == null || score > scores.getOrDefault(best, 0)) {
				best = parent;
			}
			Element grandparent = parent.parent();
			if (grandparent != null) {
				int grandScore = scores.merge(grandparent, length / 2, Integer::sum);
				if (grandScore > scores.getOrDefault(best, 0)) {
					best = grandparent;
				}
			}
		}
		return (best != null && length(textLength, best) >= MIN_ROOT_TEXT) ? best : document.body();
	}

	private static int length(Map<Element, Integer> textLength, Element element) {
		return textLength.getOrDefault(element, 0);
	}

	/**
	 * The length of the text inside every element, summed bottom-up in one walk.
	 */
	private static Map<Element, Integer> textLengths(Document document) {
		Map<Element, Integer> lengths = new IdentityHashMap<>();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					Element parent = text.parent();
					if (parent != null) {
						lengths.merge(parent, text.text().strip().length(), Integer::sum);
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && element.parent() != null) {
					int own = lengths.getOrDefault(element, 0);
					if (own > 0) {
						lengths.merge(element.parent(), own, Integer::sum);
					}
				}
			}

		}, document);
		return lengths;
	}

	/**
	 * The paragraphs of an element's text: block elements and line breaks separate them,
	 * list items are marked.
	 */
	private static List<Block> blocks(Element root) {
		List<Block> blocks = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean[] listItem = { false };
		int[] links = { 0, 0 };
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					current.append(text.getWholeText());
					if (links[0] > 0) {
						links[1] += text.getWholeText().strip().length();
					}
				}
				else if (node instanceof Element element) {
					if (isBlock(element)) {
						flush();
					}
					if (element.nameIs("li")) {
						listItem[0] = true;
					}
					if (element.nameIs("a")) {
						links[0]++;
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element) {
					if (isBlock(element)) {
						flush();
					}
					if (element.nameIs("li")) {
						listItem[0] = false;
					}
					else if (element.nameIs("a")) {
						links[0]--;
					}
					else if (element.nameIs("td") || element.nameIs("th")) {
						current.append(' ');
					}
				}
			}

			private void flush() {
				if (!Paragraphs.isBlank(current.toString())) {
					blocks.add(new Block(current.toString(), listItem[0], true, links[1]));
				}
				current.setLength(0);
				links[1] = 0;
			}

		}, root);
		if (!Paragraphs.isBlank(current.toString())) {
			blocks.add(new Block(current.toString(), false, true, links[1]));
		}
		return blocks;
	}

	private static boolean isBlock(Element element) {
		return BLOCK_TAGS.contains(element.normalName());
	}

	private static @Nullable String firstText(Elements elements) {
		for (Element element : elements) {
			String text = Paragraphs.normalize(element.text());
			if (!text.isEmpty()) {
				return text;
			}
		}
		return null;
	}

	private static @Nullable String attribute(@Nullable Element element, String name) {
		return (element != null) ? element.attr(name) : null;
	}

	private static @Nullable String firstWebAddress(@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null) {
				String address = candidate.strip();
				String lower = address.toLowerCase(Locale.ROOT);
				if ((lower.startsWith("https://") || lower.startsWith("http://")) && address.length() <= 2000
						&& !address.contains(" ")) {
					return address;
				}
			}
		}
		return null;
	}

	static @Nullable String firstNonBlank(@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null) {
				String text = Paragraphs.normalize(candidate);
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return null;
	}

	/**
	 * What an HTML page says about its article, and the paragraphs of its main content.
	 */
	record HtmlArticle(@Nullable String title, @Nullable String outlet, @Nullable String url,
			@Nullable LocalDate published, @Nullable String publishedEvidence, List<Block> blocks) {
	}

	private record DateCandidate(String source, @Nullable String value) {
	}

	private record Metadata(@Nullable String title, @Nullable String documentTitle, @Nullable String outlet,
			@Nullable String url, @Nullable LocalDate published, @Nullable String publishedEvidence) {
	}

}
