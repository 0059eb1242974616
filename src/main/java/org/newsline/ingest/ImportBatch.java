package org.newsline.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.document.FileNames;
import org.newsline.ingest.document.Manifest;

/**
 * The files of one run with their manifest, and what was noticed while gathering them: a
 * folder's article files (a link followed only to a file inside the folder), given paths,
 * or files already in memory, cut to the most one run may take.
 */
record ImportBatch(List<InputFile> files, Manifest manifest, List<String> problems, List<String> skipped) {

	/** How many skipped file names a run's message lists before it only counts them. */
	private static final int MAX_SKIPPED_LISTED = 20;

	static ImportBatch of(List<InputFile> files, Manifest manifest) {
		return new ImportBatch(files, manifest, manifest.problems(), List.of());
	}

	/** A folder's article files, with the folder's {@code sources.csv} as manifest. */
	static ImportBatch ofFolder(Path folder, int maxFiles) {
		List<String> problems = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			problems.add("no such folder: " + folderName(folder));
			return new ImportBatch(List.of(), Manifest.empty(), problems, skipped);
		}
		Path manifestPath = folder.resolve(ArticleImporter.MANIFEST);
		Manifest manifest = Manifest.empty();
		if (Files.isRegularFile(manifestPath)) {
			if (inside(folder, manifestPath)) {
				manifest = readManifest(manifestPath, problems);
			}
			else {
				problems.add(ArticleImporter.MANIFEST + " is a link to a file outside the folder; it was not read");
			}
		}
		List<InputFile> files = listFolder(folder, problems, skipped);
		return new ImportBatch(limited(files, maxFiles, problems), manifest, problems, skipped);
	}

	/**
	 * The given files and the article files of the given folders, with an optional
	 * manifest; a missing or unsupported path fails alone.
	 */
	static ImportBatch ofPaths(List<Path> paths, @Nullable Path manifestPath, int maxFiles) {
		List<String> problems = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		Manifest manifest = (manifestPath != null) ? readManifest(manifestPath, problems) : Manifest.empty();
		List<InputFile> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				files.addAll(listFolder(path, problems, skipped));
			}
			else {
				files.add(InputFile.of(path));
			}
		}
		return new ImportBatch(limited(files, maxFiles, problems), manifest, problems, skipped);
	}

	/** What the run's report says of the batch as a whole, if anything. */
	@Nullable String message() {
		List<String> messages = new ArrayList<>(this.problems);
		if (!this.skipped.isEmpty()) {
			String listed = String.join(", ",
					this.skipped.subList(0, Math.min(this.skipped.size(), MAX_SKIPPED_LISTED)));
			if (this.skipped.size() > MAX_SKIPPED_LISTED) {
				listed += " and " + (this.skipped.size() - MAX_SKIPPED_LISTED) + " more";
			}
			messages.add("skipped files that are not articles: " + listed);
		}
		return messages.isEmpty() ? null : String.join("; ", messages);
	}

	static boolean isArticle(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm");
	}

	static String readProblem(IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return "no such file";
		}
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return ex.getClass().getSimpleName();
	}

	/**
	 * The article files of a folder, without descending into sub-folders. A link is
	 * followed only to a file inside the folder; a link out of it, a pipe or a device is
	 * listed as refused, so the report says why it was not read.
	 */
	private static List<InputFile> listFolder(Path folder, List<String> problems, List<String> skipped) {
		List<InputFile> files = new ArrayList<>();
		try (Stream<Path> listing = Files.list(folder)) {
			for (Path path : listing.sorted().toList()) {
				String name = FileNames.safe(path.getFileName().toString());
				boolean article = isArticle(name);
				if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
					continue;
				}
				if (!article) {
					if (!name.equals(ArticleImporter.MANIFEST) && !name.startsWith(".")) {
						skipped.add(name);
					}
				}
				else if (Files.isSymbolicLink(path)) {
					files.add(linked(folder, path, name));
				}
				else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
					files.add(InputFile.of(path, name));
				}
				else {
					files.add(InputFile.refused(name,
							name + " is not a regular file (a pipe, socket or device); it was not read"));
				}
			}
		}
		catch (IOException ex) {
			problems.add("cannot list the folder " + folderName(folder) + ": " + readProblem(ex));
		}
		return files;
	}

	private static String folderName(Path folder) {
		Path name = folder.getFileName();
		return (name != null) ? FileNames.safe(name.toString()) : folder.toString();
	}

	private static InputFile linked(Path folder, Path link, String name) {
		if (!inside(folder, link)) {
			return InputFile.refused(name,
					name + " is a link to a file outside the folder; links out of the folder are not followed");
		}
		try {
			return InputFile.of(link.toRealPath(), name);
		}
		catch (IOException ex) {
			return InputFile.refused(name, name + " is a link to a file that does not exist");
		}
	}

	/** Whether a path, with every link resolved, lies inside the folder. */
	private static boolean inside(Path folder, Path path) {
		try {
			return path.toRealPath().startsWith(folder.toRealPath());
		}
		catch (IOException ex) {
			// a broken link: nothing outside can be read through it
			return true;
		}
	}

	private static List<InputFile> limited(List<InputFile> files, int maxFiles, List<String> problems) {
		if (files.size() <= maxFiles) {
			return files;
		}
		problems.add("only the first " + maxFiles + " of " + files.size() + " files imported");
		return files.subList(0, maxFiles);
	}

	private static Manifest readManifest(Path path, List<String> problems) {
		try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			Manifest manifest = Manifest.parse(in);
			manifest.problems().forEach((problem) -> problems.add(ArticleImporter.MANIFEST + " " + problem));
			return manifest;
		}
		catch (IOException ex) {
			problems.add("cannot read the manifest " + path.getFileName() + ": " + ex.getClass().getSimpleName());
			return Manifest.empty();
		}
	}

}
