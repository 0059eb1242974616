package org.newsline.ingest.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The {@code sources.csv} manifest: what is known about each article file beyond its
 * text.
 *
 * <p>
 * The header names the columns ({@code file,outlet,url,published,title}, in any order;
 * only {@code file} is required), any field may be empty, and fields follow RFC 4180
 * (quoted fields may hold commas, line breaks and doubled quotes). A bad row never fails
 * the whole manifest: it is reported in {@link #problems()}.
 */
public final class Manifest {

	private static final List<String> COLUMNS = List.of("file", "outlet", "url", "published", "title");

	private static final int MAX_FIELD_CHARS = 10_000;

	private final Map<String, ManifestEntry> entries;

	private final List<String> problems;

	private Manifest(Map<String, ManifestEntry> entries, List<String> problems) {
		this.entries = entries;
		this.problems = List.copyOf(problems);
	}

	public static Manifest empty() {
		return new Manifest(Map.of(), List.of());
	}

	public static Manifest parse(Reader reader) throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, ManifestEntry> entries = new LinkedHashMap<>();
		CsvRecords records = new CsvRecords(new BufferedReader(reader), MAX_FIELD_CHARS);
		CsvRecords.Row header = records.next();
		if (header == null) {
			problems.add("the manifest is empty");
			return new Manifest(entries, problems);
		}
		Map<String, Integer> columns = columns(header, problems);
		if (!columns.containsKey("file")) {
			problems.add("line " + header.line() + ": the header has no 'file' column (expected "
					+ String.join(",", COLUMNS) + ")");
			return new Manifest(entries, problems);
		}
		for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
			if (row.problem() != null) {
				problems.add("line " + row.line() + ": " + row.problem());
			}
			if (row.fields().stream().allMatch(String::isBlank)) {
				continue;
			}
			if (row.fields().size() > header.fields().size()) {
				problems.add("line " + row.line() + ": more fields than the header names; the extra ones are ignored");
			}
			ManifestEntry entry = entry(row, columns, problems);
			if (entry == null) {
				continue;
			}
			String file = DocumentReader.key(entry.file());
			if (entries.containsKey(file)) {
				problems.add("line " + row.line() + ": '" + file + "' is listed again; the first entry is kept");
				continue;
			}
			entries.put(file, entry);
		}
		return new Manifest(entries, problems);
	}

	private static Map<String, Integer> columns(CsvRecords.Row header, List<String> problems) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.fields().size(); i++) {
			String name = header.fields().get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
			if (COLUMNS.contains(name)) {
				columns.putIfAbsent(name, i);
			}
			else if (!name.isEmpty()) {
				problems.add("line " + header.line() + ": unknown column '" + name + "' is ignored");
			}
		}
		return columns;
	}

	private static @Nullable ManifestEntry entry(CsvRecords.Row row, Map<String, Integer> columns,
			List<String> problems) {
		String file = field(row, columns, "file");
		if (file == null) {
			problems.add("line " + row.line() + ": 'file' is empty; the row is ignored");
			return null;
		}
		LocalDate published = null;
		String date = field(row, columns, "published");
		if (date != null) {
			try {
				published = LocalDate.parse(date);
			}
			catch (DateTimeParseException ex) {
				problems.add("line " + row.line() + ": 'published' is not a date (" + date + ")");
			}
		}
		String url = field(row, columns, "url");
		if (url != null && !isWebAddress(url)) {
			problems.add("line " + row.line() + ": 'url' is not an http(s) address (" + url + ")");
			url = null;
		}
		return new ManifestEntry(file, field(row, columns, "outlet"), url, published, field(row, columns, "title"));
	}

	private static boolean isWebAddress(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		return (lower.startsWith("http://") || lower.startsWith("https://")) && !url.contains(" ");
	}

	private static @Nullable String field(CsvRecords.Row row, Map<String, Integer> columns, String name) {
		Integer index = columns.get(name);
		if (index == null || index >= row.fields().size()) {
			return null;
		}
		String value = row.fields().get(index).strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * The entry for a file, matched on its name without any directory part, ignoring case
	 * if nothing matches exactly.
	 */
	public Optional<ManifestEntry> entryFor(String fileName) {
		String key = DocumentReader.key(fileName);
		ManifestEntry entry = this.entries.get(key);
		if (entry != null) {
			return Optional.of(entry);
		}
		return this.entries.entrySet()
			.stream()
			.filter((each) -> each.getKey().equalsIgnoreCase(key))
			.map(Map.Entry::getValue)
			.findFirst();
	}

	public List<ManifestEntry> entries() {
		return List.copyOf(this.entries.values());
	}

	public List<String> problems() {
		return this.problems;
	}

}
