package org.newsline.timeline.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The density strip above the timeline: events per week (or per month over a long span),
 * the disputed ones counted apart, each bar a link that narrows the timeline to its
 * dates. The bar geometry is computed here so that the template only draws it.
 */
public record Density(String unit, List<Bar> bars, int width, int height, long max) {

	static final int HEIGHT = 48;

	static final int MAX_WEEKS = 30;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/** Events starting in one week or month. */
	public record Count(LocalDate start, long events, long disputed) {
	}

	/** One bar: its dates, counts, geometry, label and the filter it links to. */
	public record Bar(LocalDate from, LocalDate to, long events, long disputed, int x, int width, int eventHeight,
			int disputedHeight, String label, String link, boolean selected) {

		public int y() {
			return HEIGHT - this.eventHeight;
		}

		public int disputedY() {
			return HEIGHT - this.disputedHeight;
		}

	}

	public boolean isEmpty() {
		return this.bars.isEmpty();
	}

	public static Density of(List<Count> weeks, TimelineFilter filter) {
		if (weeks.isEmpty()) {
			return new Density("week", List.of(), 0, HEIGHT, 0);
		}
		LocalDate first = weeks.get(0).start();
		LocalDate last = weeks.get(weeks.size() - 1).start();
		boolean monthly = ChronoUnit.WEEKS.between(first, last) + 1 > MAX_WEEKS;
		Map<LocalDate, long[]> buckets = new LinkedHashMap<>();
		if (monthly) {
			for (LocalDate month = first.withDayOfMonth(1); !month.isAfter(last); month = month.plusMonths(1)) {
				buckets.put(month, new long[2]);
			}
			for (Count week : weeks) {
				long[] bucket = buckets.get(week.start().withDayOfMonth(1));
				bucket[0] += week.events();
				bucket[1] += week.disputed();
			}
		}
		else {
			for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
				buckets.put(week, new long[2]);
			}
			for (Count week : weeks) {
				long[] bucket = buckets.get(week.start());
				bucket[0] += week.events();
				bucket[1] += week.disputed();
			}
		}
		// Years of monthly bars stay readable: beyond 120 months, only the last 120 are
		// drawn.
		List<Map.Entry<LocalDate, long[]>> entries = new ArrayList<>(buckets.entrySet());
		if (entries.size() > 120) {
			entries = entries.subList(entries.size() - 120, entries.size());
		}
		long max = entries.stream().mapToLong((entry) -> entry.getValue()[0]).max().orElse(1);
		int gap = 2;
		// A few bars get wide ones, many bars narrow ones, so the strip stays about 700
		// units wide.
		int barWidth = Math.max(6, Math.min(40, 700 / entries.size() - gap));
		List<Bar> bars = new ArrayList<>();
		int x = 0;
		for (Map.Entry<LocalDate, long[]> entry : entries) {
			LocalDate from = entry.getKey();
			LocalDate to = monthly ? from.plusMonths(1).minusDays(1) : from.plusDays(6);
			long events = entry.getValue()[0];
			long disputed = entry.getValue()[1];
			int eventHeight = (events == 0) ? 0 : Math.max(3, (int) Math.round((HEIGHT - 4) * (double) events / max));
			int disputedHeight = (disputed == 0) ? 0
					: Math.max(3, (int) Math.round((HEIGHT - 4) * (double) disputed / max));
			String period = monthly ? MONTH.format(from) : "week of " + DAY.format(from);
			String label = period + ": " + events + ((events == 1) ? " event" : " events")
					+ ((disputed > 0) ? ", " + disputed + " with disputed claims" : "");
			boolean selected = filter.from() != null && filter.to() != null && !from.isBefore(filter.from())
					&& !to.isAfter(filter.to());
			bars.add(new Bar(from, to, events, disputed, x, barWidth, eventHeight, disputedHeight, label,
					filter.withDates(from, to).link("/"), selected));
			x += barWidth + gap;
		}
		return new Density(monthly ? "month" : "week", bars, Math.max(x - gap, 1), HEIGHT, max);
	}

}
