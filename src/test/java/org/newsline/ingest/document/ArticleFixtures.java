package org.newsline.ingest.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Test fixture files under {@code src/test/resources/articles/}.
 */
final class ArticleFixtures {

	private ArticleFixtures() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = ArticleFixtures.class.getResourceAsStream("/articles/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
