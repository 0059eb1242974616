package org.newsline.sources;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsline.support.WebSite;
import org.springframework.web.util.HtmlUtils;

/**
 * An outlet's web site made of the development corpus: each article as a real page
 * (navigation, byline, share row, footer; JSON-LD {@code NewsArticle}, Open Graph tags,
 * {@code article:published_time} and a canonical link) and an RSS feed listing the first
 * few of them, which answers 304 to a reader that already has it.
 */
public final class CorpusSite {

	static final Path ARTICLES = Path.of("src/test/resources/corpus/dev/articles");

	private final WebSite site;

	private final List<Story> stories;

	private volatile int listed;

	public CorpusSite(WebSite site) {
		this.site = site;
		this.stories = read();
		for (Story story : this.stories) {
			site.serve(story.path(), "text/html; charset=utf-8", page(story));
		}
		site.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
		site.on("/feed.xml", (exchange) -> {
			int count = this.listed;
			String etag = "\"items-" + count + "\"";
			if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				WebSite.send(exchange, 304, new byte[0]);
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
			exchange.getResponseHeaders().set("ETag", etag);
			WebSite.send(exchange, 200, feed(count).getBytes(StandardCharsets.UTF_8));
		});
	}

	/** Lists the first {@code count} stories in the feed. */
	public CorpusSite list(int count) {
		this.listed = count;
		return this;
	}

	public List<Story> stories() {
		return this.stories;
	}

	public String url(String path) {
		return this.site.url(path);
	}

	public String feedUrl() {
		return this.site.url("/feed.xml");
	}

	private String feed(int count) {
		StringBuilder items = new StringBuilder();
		for (Story story : this.stories.subList(0, count)) {
			items
				.append("""
						<item>
						  <title>%s</title>
						  <link>%s?utm_source=rss&amp;utm_medium=feed</link>
						  <guid isPermaLink="false">story-%s</guid>
						  <pubDate>%s</pubDate>
						  <description>%s</description>
						</item>
						""".formatted(xml(story.title()), this.site.url(story.path()), story.number(),
						DateTimeFormatter.RFC_1123_DATE_TIME
							.format(story.published().atTime(9, 0).atOffset(ZoneOffset.UTC)),
						xml(story.paragraphs().get(0))));
		}
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0">
				<channel>
				  <title>The Corpus Courier</title>
				  <link>%s</link>
				  <description>News from the development corpus</description>
				%s</channel>
				</rss>
				""".formatted(this.site.url("/"), items);
	}

	private String page(Story story) {
		String canonical = this.site.url(story.path());
		String title = HtmlUtils.htmlEscape(story.title());
		String iso = story.published() + "T09:00:00Z";
		StringBuilder body = new StringBuilder();
		for (String paragraph : story.paragraphs()) {
			body.append("<p>").append(HtmlUtils.htmlEscape(paragraph)).append("</p>\n");
		}
		String jsonLd = """
				{"@context":"https://schema.org","@type":"NewsArticle","headline":%s,"datePublished":"%s",
				 "url":"%s","publisher":{"@type":"Organization","name":%s},
				 "author":{"@type":"Person","name":"Staff reporter"}}""".formatted(json(story.title()), iso, canonical,
				json(story.outlet()));
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<title>%s | %s</title>
				<link rel="canonical" href="%s">
				<meta property="og:title" content="%s">
				<meta property="og:site_name" content="%s">
				<meta property="og:url" content="%s">
				<meta property="og:type" content="article">
				<meta property="article:published_time" content="%s">
				<script type="application/ld+json">%s</script>
				</head>
				<body>
				<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
				<li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li></ul></nav></header>
				<main>
				<article>
				<h1>%s</h1>
				<p class="byline">By Staff reporter</p>
				%s
				<div class="share">Share this article: Facebook Twitter Email</div>
				</article>
				<aside><h2>Most read</h2><ul><li><a href="/a">Markets close higher</a></li>
				<li><a href="/b">Storm warning for the coast</a></li></ul></aside>
				</main>
				<footer><p>© 2025 The Corpus Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
				</body>
				</html>
				""".formatted(title, HtmlUtils.htmlEscape(story.outlet()), canonical, title,
				HtmlUtils.htmlEscape(story.outlet()), canonical, iso, jsonLd, title, body);
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static List<Story> read() {
		List<Story> stories = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(ARTICLES.resolve("sources.csv"), StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				String file = row.get("file");
				String text = Files.readString(ARTICLES.resolve(file), StandardCharsets.UTF_8);
				List<String> paragraphs = text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
				String number = file.substring(0, 2);
				String slug = file.substring(3, file.length() - 4).replace('_', '-').toLowerCase(Locale.ROOT);
				stories.add(new Story(number, "/news/" + number + "-" + slug, row.get("title"), row.get("outlet"),
						LocalDate.parse(row.get("published")), paragraphs));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return stories;
	}

	/** One article of the corpus as the site serves it. */
	public record Story(String number, String path, String title, String outlet, LocalDate published,
			List<String> paragraphs) {
	}

}
