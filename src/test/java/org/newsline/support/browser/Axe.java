package org.newsline.support.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (vendored under {@code src/test/resources/axe}) in the page a driver
 * shows and reports the serious and critical violations as readable lines.
 */
public final class Axe {

	private static final String SOURCE = load();

	private Axe() {
	}

	/**
	 * Serious and critical violations of WCAG 2.x A and AA (and best-practice) rules, one
	 * line each.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> seriousViolations(JavascriptExecutor page) {
		page.executeScript(SOURCE);
		Object result = page.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
					.then(r => done(r.violations
						.filter(v => v.impact === 'serious' || v.impact === 'critical')
						.map(v => ({ id: v.id, impact: v.impact, help: v.help,
							targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }))))
					.catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]));
				""");
		return ((List<Map<String, Object>>) result).stream()
			.map((violation) -> violation.get("impact") + " " + violation.get("id") + ": " + violation.get("help")
					+ " at " + violation.get("targets"))
			.toList();
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
