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

	/** A file on disk, named as its path ends. */
	static InputFile of(Path path) {
		return of(path, path.getFileName().toString());
	}

	/**
	 * A file on disk under a name of its own, such as a link's name for the file it
	 * points to. Only a regular file is read: a pipe or a device could block or never
	 * end.
	 */
	static InputFile of(Path path, String name) {
		return new OnDisk(path, name);
	}

	static InputFile of(String name, byte[] content) {
		return new InMemory(name, content);
	}

	/**
	 * A file known only by its name and size, such as an upload over the size limit whose
	 * content was never kept: the import reports it as too large without reading it.
	 */
	static InputFile unread(String name, long size) {
		return new Unreadable(name, size, name + " was not kept, so it cannot be read");
	}

	/** A file refused before reading, with the reason the report gives. */
	static InputFile refused(String name, String reason) {
		return new Unreadable(name, 0, reason);
	}

	/** A file on disk. */
	record OnDisk(Path path, String name) implements InputFile {

		@Override
		public long size() {
			try {
				return Files.size(this.path);
			}
			catch (IOException ex) {
				return -1;
			}
		}

		@Override
		public byte[] read(long limit) throws IOException {
			if (!Files.isRegularFile(this.path)) {
				throw new RefusedFileException(
						this.name + " is not a regular file (a folder, pipe, socket or device); it was not read");
			}
			try (InputStream in = Files.newInputStream(this.path)) {
				return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			}
		}

	}

	/** A file whose bytes are already in memory, such as an upload. */
	record InMemory(String name, byte[] content) implements InputFile {

		@Override
		public long size() {
			return this.content.length;
		}

		@Override
		public byte[] read(long limit) {
			return this.content;
		}

	}

	/** A file that is never read: reading it gives the reason. */
	record Unreadable(String name, long size, String reason) implements InputFile {

		@Override
		public byte[] read(long limit) throws IOException {
			throw new RefusedFileException(this.reason);
		}

	}

}
