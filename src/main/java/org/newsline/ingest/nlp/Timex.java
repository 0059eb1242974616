package org.newsline.ingest.nlp;

import org.jspecify.annotations.Nullable;
import org.newsline.shared.TextSpan;

/**
 * A time expression found by SUTime, with its TIMEX3 type (DATE, DURATION, TIME, SET) and
 * normalized value ("2025-10-06", "2025-12", "2025-W52", "PAST_REF", ...).
 */
public record Timex(String text, String type, @Nullable String value, TextSpan span, int tokenBegin, int tokenEnd) {
}
