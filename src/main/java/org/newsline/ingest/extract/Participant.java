package org.newsline.ingest.extract;

/**
 * An actor's part in an event: "agent", "target" or "participant".
 */
public record Participant(String actorKey, String role) {
}
