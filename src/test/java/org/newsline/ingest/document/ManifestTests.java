package org.newsline.ingest.document;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestTests {

	private static Manifest parse(String csv) throws IOException {
		return Manifest.parse(new StringReader(csv));
	}

	@Test
	void readsQuotedFieldsWithCommasAndDoubledQuotes() throws IOException {
		Manifest manifest = parse("""
				file,outlet,url,published,title
				a.txt,"Reuters, London",https://example.com/a,2025-10-07,"Talks stall, envoy says ""no deal"" yet"
				""");
		ManifestEntry entry = manifest.entryFor("a.txt").orElseThrow();
		assertThat(entry.outlet()).isEqualTo("Reuters, London");
		assertThat(entry.url()).isEqualTo("https://example.com/a");
		assertThat(entry.published()).isEqualTo(LocalDate.of(2025, 10, 7));
		assertThat(entry.title()).isEqualTo("Talks stall, envoy says \"no deal\" yet");
		assertThat(manifest.problems()).isEmpty();
	}

	@Test
	void treatsEmptyColumnsAsUnknown() throws IOException {
		Manifest manifest = parse("file,outlet,url,published,title\r\nb.txt,,,,\r\nc.txt,,,2025-12-30\r\n");
		ManifestEntry entry = manifest.entryFor("b.txt").orElseThrow();
		assertThat(entry.outlet()).isNull();
		assertThat(entry.url()).isNull();
		assertThat(entry.published()).isNull();
		assertThat(entry.title()).isNull();
		assertThat(manifest.entryFor("c.txt").orElseThrow().published()).isEqualTo(LocalDate.of(2025, 12, 30));
		assertThat(manifest.problems()).isEmpty();
	}

	@Test
	void reportsBadDateAsProblemAndKeepsTheRest() throws IOException {
		Manifest manifest = parse("""
				file,outlet,url,published,title
				a.txt,CNN,,2025-10-07,
				b.txt,BBC,,2025-13-40,
				""");
		assertThat(manifest.problems()).containsExactly("line 3: 'published' is not a date (2025-13-40)");
		ManifestEntry entry = manifest.entryFor("b.txt").orElseThrow();
		assertThat(entry.outlet()).isEqualTo("BBC");
		assertThat(entry.published()).isNull();
	}

	@Test
	void reportsRowsWithoutFileAndRepeatedFilesAndBadAddresses() throws IOException {
		Manifest manifest = parse("""
				file,outlet,url,published,title
				,CNN,,2025-10-07,
				a.txt,CNN,javascript:alert(1),,
				a.txt,BBC,,,
				""");
		assertThat(manifest.problems()).containsExactly("line 2: 'file' is empty; the row is ignored",
				"line 3: 'url' is not an http(s) address (javascript:alert(1))",
				"line 4: 'a.txt' is listed again; the first entry is kept");
		assertThat(manifest.entryFor("a.txt").orElseThrow().outlet()).isEqualTo("CNN");
		assertThat(manifest.entryFor("a.txt").orElseThrow().url()).isNull();
	}

	@Test
	void countsLinesOfQuotedLineBreaks() throws IOException {
		Manifest manifest = parse("file,title\n\"a.txt\",\"two\nlines\"\nb.txt,x\nc.txt,\"unclosed\n");
		assertThat(manifest.entryFor("a.txt").orElseThrow().title()).isEqualTo("two\nlines");
		assertThat(manifest.entryFor("b.txt")).isPresent();
		assertThat(manifest.problems()).containsExactly("line 5: a quoted field is not closed");
	}

	@Test
	void reportsMissingFileColumnWithoutThrowing() throws IOException {
		Manifest manifest = parse("name,outlet\na.txt,CNN\n");
		assertThat(manifest.entries()).isEmpty();
		assertThat(manifest.problems())
			.contains("line 1: the header has no 'file' column " + "(expected file,outlet,url,published,title)");
	}

	@Test
	void matchesFilesWithoutDirectoriesAndIgnoringCase() throws IOException {
		Manifest manifest = parse("\uFEFFfile,outlet\nseeds/Story.TXT,AP\n");
		assertThat(manifest.entryFor("story.txt")).map(ManifestEntry::outlet).contains("AP");
		assertThat(manifest.entryFor("../Story.TXT")).map(ManifestEntry::outlet).contains("AP");
		assertThat(manifest.entryFor("other.txt")).isEmpty();
		assertThat(Manifest.empty().entryFor("story.txt")).isEmpty();
	}

}
