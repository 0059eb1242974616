package org.newsline.ingest.document;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.newsline.ingest.document.ArticleFixtures.utf8;

class RefusedFilesTests {

	private static final byte[] STORY = utf8("The bridge reopened on Friday after eight months of repairs.\n");

	private final DocumentReader reader = new DocumentReader(CleaningRules.defaults());

	@Test
	void refusesEmptyFile() {
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("empty.txt", new byte[0], null))
			.withMessage("empty.txt is empty")
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(UnreadableDocumentException.Reason.EMPTY));
	}

	@Test
	void refusesWhitespaceOnlyFile() {
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("blank.txt", utf8(" \n\t\n\u00A0\r\n\uFEFF"), null))
			.withMessage("blank.txt is empty");
	}

	@Test
	void refusesImageRenamedAsHtml() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("photo.html", png, null))
			.withMessage("photo.html is a PNG image, not an article");
	}

	@Test
	void refusesZipArchiveRenamedAsText() {
		byte[] zip = new byte[2048];
		zip[0] = 'P';
		zip[1] = 'K';
		zip[2] = 3;
		zip[3] = 4;
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("archive.txt", zip, null))
			.withMessage("archive.txt is a compressed file (ZIP), not an article; compressed files are not unpacked")
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(UnreadableDocumentException.Reason.COMPRESSED));
	}

	@Test
	void refusesTextWithManyControlCharacters() {
		byte[] noise = new byte[4096];
		for (int i = 0; i < noise.length; i++) {
			noise[i] = (byte) ((i * 31 + 7) % 256);
			if (noise[i] == 0) {
				noise[i] = 1;
			}
		}
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("noise.txt", noise, null))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(UnreadableDocumentException.Reason.BINARY));
	}

	@Test
	void refusesFileWithNulBytes() {
		byte[] content = utf8("Some text\u0000with a NUL byte in the middle of it.");
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("nul.txt", content, null))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(UnreadableDocumentException.Reason.BINARY));
	}

	@Test
	void refusesFileLargerThanLimitBeforeReadingIt() {
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		Arrays.fill(big, (byte) 'a');
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("big.txt", big, null))
			.withMessage("big.txt is too large (5,242,881 bytes (5.0 MB); the limit is 5,242,880 bytes (5 MB))")
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));
	}

	@Test
	void honoursConfiguredSizeLimit() {
		DocumentReader small = new DocumentReader(CleaningRules.defaults().withMaxBytes(10));
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> small.read("story.txt", STORY, null))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));
	}

	@Test
	void refusesUnsupportedExtensions() {
		for (String name : new String[] { "story.pdf", "story.docx", "story", "story.txt.exe", "story.xml" }) {
			assertThatExceptionOfType(UnreadableDocumentException.class).as(name)
				.isThrownBy(() -> this.reader.read(name, STORY, null))
				.withMessageContaining("is not a supported type")
				.satisfies(
						(ex) -> assertThat(ex.reason()).isEqualTo(UnreadableDocumentException.Reason.UNSUPPORTED_TYPE));
		}
	}

	@Test
	void acceptsExtensionsInAnyCase() throws Exception {
		assertThat(this.reader.read("STORY.TXT", STORY, null).key()).isEqualTo("STORY.TXT");
		assertThat(this.reader.read("story.Html", utf8("<p>The bridge reopened on Friday.</p>"), null).text())
			.isEqualTo("The bridge reopened on Friday.");
	}

	@Test
	void stripsDirectoriesFromKey() throws Exception {
		assertThat(this.reader.read("../../etc/passwd.txt", STORY, null).key()).isEqualTo("passwd.txt");
		assertThat(this.reader.read("..\\..\\windows\\story.txt", STORY, null).key()).isEqualTo("story.txt");
		assertThat(this.reader.read("/var/seeds/000 first.txt", STORY, null).key()).isEqualTo("000 first.txt");
	}

	@Test
	void refusesFileWithOnlyBoilerplate() {
		byte[] content = utf8(
				"Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n");
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("comments.txt", content, null))
			.withMessage("comments.txt has no article text left after removing page chrome and boilerplate");
	}

	@Test
	void refusesCompressedFilesWhateverTheirNameWithoutUnpackingThem() throws Exception {
		java.io.ByteArrayOutputStream gzip = new java.io.ByteArrayOutputStream();
		try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gzip)) {
			out.write(new byte[1024 * 1024]);
		}
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("index.html", gzip.toByteArray(), null))
			.withMessage("index.html is a compressed file (gzip), not an article; compressed files are not unpacked");
		byte[] tar = new byte[1024];
		System.arraycopy(utf8("story.txt"), 0, tar, 0, 9);
		System.arraycopy(utf8("ustar"), 0, tar, 257, 5);
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("story.txt", tar, null))
			.withMessageContaining("compressed file (tar)");
	}

	@Test
	void namesWellKnownBinaryFormats() {
		byte[] elf = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 };
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("run.txt", elf, null))
			.withMessage("run.txt is an ELF executable, not an article");
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("slides.html", utf8("%PDF-1.7\n%âãÏÓ\n"), null))
			.withMessage("slides.html is a PDF document, not an article");
	}

	@Test
	void refusesBinaryDataBehindAPageOfText() {
		byte[] text = utf8("The bridge reopened on Friday after eight months of repairs.\n".repeat(2000));
		byte[] content = java.util.Arrays.copyOf(text, text.length + 4096);
		for (int i = text.length; i < content.length; i++) {
			content[i] = (byte) ((i * 131) % 256);
		}
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("appended.html", content, null))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(UnreadableDocumentException.Reason.BINARY));
	}

}
