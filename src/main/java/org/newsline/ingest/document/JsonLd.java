package org.newsline.ingest.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the article facts from a page's JSON-LD: headline, publication date, publisher
 * name and URL of the first {@code NewsArticle}, {@code Article} or similar node, whether
 * the script holds one object, an array or a {@code @graph}.
 */
final class JsonLd {

	private static final int MAX_SCRIPT_CHARS = 1_000_000;

	private static final int MAX_NODES = 10_000;

	private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i)(\\w*Article|BlogPosting|LiveBlogPosting|Report)");

	private static final JsonMapper MAPPER = JsonMapper.shared();

	private JsonLd() {
	}

	static @Nullable ArticleFacts read(Iterable<String> scripts) {
		for (String script : scripts) {
			if (script.length() > MAX_SCRIPT_CHARS) {
				continue;
			}
			JsonNode root;
			try {
				root = MAPPER.readTree(script);
			}
			catch (JacksonException ex) {
				continue;
			}
			ArticleFacts facts = find(root);
			if (facts != null) {
				return facts;
			}
		}
		return null;
	}

	private static @Nullable ArticleFacts find(JsonNode root) {
		Map<String, JsonNode> byId = new HashMap<>();
		JsonNode article = null;
		Deque<JsonNode> pending = new ArrayDeque<>();
		pending.push(root);
		int visited = 0;
		while (!pending.isEmpty() && visited++ < MAX_NODES) {
			JsonNode node = pending.pop();
			if (node.isArray()) {
				node.values().forEach(pending::addLast);
			}
			else if (node.isObject()) {
				String id = string(node.get("@id"));
				if (id != null) {
					byId.putIfAbsent(id, node);
				}
				if (article == null && isArticle(node.get("@type"))) {
					article = node;
				}
				JsonNode graph = node.get("@graph");
				if (graph != null) {
					pending.addLast(graph);
				}
			}
		}
		if (article == null) {
			return null;
		}
		return new ArticleFacts(string(article.get("headline")), string(article.get("datePublished")),
				publisherName(article.get("publisher"), byId), url(article));
	}

	private static boolean isArticle(@Nullable JsonNode type) {
		if (type == null) {
			return false;
		}
		if (type.isArray()) {
			for (JsonNode each : type.values()) {
				if (isArticle(each)) {
					return true;
				}
			}
			return false;
		}
		return type.isString() && ARTICLE_TYPE.matcher(type.stringValue()).matches();
	}

	private static @Nullable String publisherName(@Nullable JsonNode publisher, Map<String, JsonNode> byId) {
		if (publisher == null) {
			return null;
		}
		if (publisher.isString()) {
			return string(publisher);
		}
		JsonNode first = publisher.isArray() ? publisher.get(0) : publisher;
		if (first == null || !first.isObject()) {
			return null;
		}
		String name = string(first.get("name"));
		if (name == null) {
			String reference = string(first.get("@id"));
			JsonNode referenced = (reference != null) ? byId.get(reference) : null;
			name = (referenced != null) ? string(referenced.get("name")) : null;
		}
		return name;
	}

	private static @Nullable String url(JsonNode article) {
		String url = string(article.get("url"));
		if (url != null) {
			return url;
		}
		JsonNode page = article.get("mainEntityOfPage");
		if (page == null) {
			return null;
		}
		return page.isObject() ? string(page.get("@id")) : string(page);
	}

	private static @Nullable String string(@Nullable JsonNode node) {
		if (node == null || !node.isString()) {
			return null;
		}
		String value = node.stringValue().strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * What JSON-LD says about an article; any of it may be missing.
	 */
	record ArticleFacts(@Nullable String headline, @Nullable String datePublished, @Nullable String publisher,
			@Nullable String url) {
	}

}
