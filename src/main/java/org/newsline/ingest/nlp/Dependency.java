package org.newsline.ingest.nlp;

/**
 * An enhanced++ dependency edge between 0-based token indexes; the root has governor -1.
 */
public record Dependency(String relation, int governor, int dependent) {
}
