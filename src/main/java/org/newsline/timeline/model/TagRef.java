package org.newsline.timeline.model;

/**
 * A tag as shown on an event.
 */
public record TagRef(String slug, String name) {

}
