package org.newsline.timeline.model;

import java.util.List;

/**
 * The actors, tags and outlets among the events a filter finds, each with how many events
 * it has there, for the filter form.
 */
public record Facets(List<Option> actors, List<Option> tags, List<Option> outlets) {

	/**
	 * One value to filter by: its slug or name, its label, its count, and whether it is
	 * selected.
	 */
	public record Option(String value, String label, long count, boolean selected) {
	}

}
