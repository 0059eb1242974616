package org.newsline.event;

/**
 * How precisely an event's date is known: the interval start..end covers one day, a week,
 * a month, a year, or an arbitrary range.
 */
public enum DatePrecision {

	DAY, WEEK, MONTH, YEAR, RANGE

}
