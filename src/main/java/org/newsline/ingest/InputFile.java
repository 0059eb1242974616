package org.newsline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file offered to the importer: from a folder, the command line or an upload.
 */
public interface InputFile {

	/** The file's name without any folder part; it becomes the article's key. */
	String name();

	/** Its size in bytes, known before reading. */
	long size();

	/** Reads at most {@code limit} bytes; more means the file is too large. */
	byte[] read(long limit) throws IOException;

	static InputFile of(Path path) {
		return new InputFile() {

			@Override
			public String name() {
				return path.getFileName().toString();
			}

			@Override
			public long size() {
				try {
					return Files.size(path);
				}
				catch (IOException ex) {
					return -1;
				}
			}

			@Override
			public byte[] read(long limit) throws IOException {
				try (InputStream in = Files.newInputStream(path)) {
					return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
				}
			}

		};
	}

	static InputFile of(String name, byte[] content) {
		return new InputFile() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public long size() {
				return content.length;
			}

			@Override
			public byte[] read(long limit) {
				return content;
			}

		};
	}

}
