package org.newsline.ingest.document;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The seed articles and their manifest, read from the project's {@code seeds/} folder.
 */
final class SeedFiles {

	static final List<String> FILES = List.of("000_ec167ae72b1d4f43.txt", "001_e8344a3bda362c86.txt",
			"002_672ce715bc024242.txt", "003_2fbdb5009ac7c044.txt");

	private static final Path SEEDS = Path.of("seeds");

	private static final Manifest MANIFEST = readManifest();

	private SeedFiles() {
	}

	static Manifest manifest() {
		return MANIFEST;
	}

	static byte[] bytes(String file) throws IOException {
		return Files.readAllBytes(SEEDS.resolve(file));
	}

	static CleanDocument read(DocumentReader reader, String file) throws Exception {
		return reader.read(file, bytes(file), MANIFEST.entryFor(file).orElse(null));
	}

	private static Manifest readManifest() {
		try (Reader csv = Files.newBufferedReader(SEEDS.resolve("sources.csv"), StandardCharsets.UTF_8)) {
			return Manifest.parse(csv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
