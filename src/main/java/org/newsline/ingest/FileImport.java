package org.newsline.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.newsline.article.PublicationSource;
import org.newsline.ingest.ImportRuns.FileResult;
import org.newsline.ingest.document.CleanDocument;
import org.newsline.ingest.document.CleaningRules;
import org.newsline.ingest.document.DocumentReader;
import org.newsline.ingest.document.FileNames;
import org.newsline.ingest.document.ManifestEntry;
import org.newsline.ingest.document.UnreadableDocumentException;
import org.newsline.ingest.extract.ArticleExtraction;
import org.newsline.ingest.extract.ArticleExtractor;
import org.newsline.ingest.nlp.NlpPipeline;
import org.newsline.shared.DatabaseOutage;
import org.newsline.shared.audit.RevisionAuthor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Imports one file: reads and cleans it, leaves it alone when its article is stored with
 * the same content, else annotates it outside any transaction and writes what was
 * drafted. A file that cannot be read or written fails alone, with its reason; only a
 * lost database stops the run it belongs to.
 */
@Component
class FileImport {

	/**
	 * Bumped when extraction changes enough that unchanged files should be read again.
	 */
	static final String EXTRACTION_VERSION = "4";

	private static final Logger logger = LoggerFactory.getLogger(FileImport.class);

	private final DocumentReader reader;

	private final ArticleExtractor extractor;

	private final RetriedWrite write;

	private final ArticleState articles;

	private final IngestSettings settings;

	private final DataSource dataSource;

	FileImport(ArticleExtractor extractor, RetriedWrite write, ArticleState articles, IngestSettings settings,
			DataSource dataSource) {
		CleaningRules defaults = CleaningRules.defaults().withMaxBytes(settings.maxFileBytes());
		List<java.util.regex.Pattern> boilerplate = new ArrayList<>(defaults.boilerplateLines());
		boilerplate.addAll(CleaningRules.compile(settings.extraBoilerplate()));
		this.reader = new DocumentReader(new CleaningRules(defaults.maxBytes(), boilerplate, defaults.sectionEnders(),
				defaults.attributionTrailers(), defaults.maxParagraphs(), defaults.maxBoilerplateLength(),
				defaults.attributionWindow(), defaults.maxTrailingHeadlineWords(), defaults.maxTitleWords(),
				settings.cleaning().thresholds()));
		this.extractor = extractor;
		this.write = write;
		this.articles = articles;
		this.settings = settings;
		this.dataSource = dataSource;
	}

	FileResult importOne(InputFile file, @Nullable ManifestEntry entry, long runId, String author,
			BooleanSupplier stillEntitled) {
		// a fetched document's key is its address, which must keep its slashes
		String name = (file instanceof FetchedDocument) ? file.name() : FileNames.safe(file.name());
		try {
			long size = file.size();
			if (size > this.settings.maxFileBytes()) {
				// Refused on its size alone: a huge file is never read into memory.
				return FileResult.failed(name,
						UnreadableDocumentException.tooLarge(name, size, this.settings.maxFileBytes()).getMessage());
			}
			if (size < 0) {
				return FileResult.failed(name, name + " cannot be read: no such file");
			}
			byte[] content = file.read(this.settings.maxFileBytes());
			CleanDocument document;
			String hash;
			if (file instanceof FetchedDocument fetched) {
				ManifestEntry feedItem = new ManifestEntry(name, fetched.outlet(), null, fetched.published(),
						fetched.title());
				document = this.reader.read(name, content, fetched.html(),
						new ManifestEntry(name, null, name, null, null), feedItem);
				// what the page ends up with, not where the feed item's hints came from:
				// the same page reached by hand and through a feed is unchanged
				hash = contentHash(content, new ManifestEntry(name, document.outlet(), document.url(),
						document.published(), document.title()));
			}
			else {
				document = this.reader.read(name, content, entry);
				hash = contentHash(content, entry);
			}
			ArticleState.Known known = this.articles.known(document.key());
			if (known != null && known.contentHash().equals(hash)) {
				return new FileResult(document.key(), FileOutcome.UNCHANGED, null, known.id(), 0, 0, 0, 0, List.of());
			}
			java.time.LocalDate published = (known != null && known.editorDate() != null) ? known.editorDate()
					: document.published();
			PublicationSource source = (known != null && known.editorDate() != null) ? PublicationSource.EDITOR
					: PublicationSource.valueOf(document.publishedOrigin().name());
			return RevisionAuthor.callAs(author,
					() -> extractAndWrite(document, hash, published, source, runId, stillEntitled));
		}
		catch (UnreadableDocumentException ex) {
			return FileResult.failed(name, ex.getMessage());
		}
		catch (RefusedFileException ex) {
			return FileResult.failed(name, ex.getMessage());
		}
		catch (IOException ex) {
			return FileResult.failed(name, name + " cannot be read: " + ImportBatch.readProblem(ex));
		}
		catch (RuntimeException ex) {
			if (DatabaseOutage.isCauseOf(ex, this.dataSource)) {
				// not this file's fault: the whole run stops
				throw ex;
			}
			logger.warn("Import of {} failed", name, ex);
			if (RetriedWrite.concurrentChange(ex)) {
				return FileResult.failed(name,
						"could not be written in " + RetriedWrite.WRITE_ATTEMPTS
								+ " attempts while others changed the same records (" + ex.getClass().getSimpleName()
								+ "); nothing from this file was saved, import it again");
			}
			return FileResult.failed(name,
					"could not be imported (" + ex.getClass().getSimpleName() + "); nothing from this file was saved");
		}
		catch (StackOverflowError ex) {
			logger.warn("Import of {} failed", name, ex);
			return FileResult.failed(name,
					"could not be imported (" + ex.getClass().getSimpleName() + "); nothing from this file was saved");
		}
	}

	FileResult extractAndWrite(CleanDocument document, String hash, java.time.@Nullable LocalDate published,
			PublicationSource source, long runId, BooleanSupplier stillEntitled) {
		ArticleExtraction extraction = this.extractor.extract(document.text(), published);
		if (!stillEntitled.getAsBoolean()) {
			// the database restarted during the annotation and took the lock with
			// it: another import may run now, so this one must not write
			throw new DataAccessResourceFailureException("Lost the import lock: the database connection is gone");
		}
		List<String> notes = new ArrayList<>(document.notes());
		if (extraction.analysedCharacters() < document.text().length()) {
			notes.add(String.format(Locale.ROOT,
					"events and claims drafted from the first %,d of %,d characters only (the analysis limit)",
					extraction.analysedCharacters(), document.text().length()));
		}
		if (extraction.brokenRuns() > 0) {
			notes.add(String.format(Locale.ROOT,
					"split %,d %s before analysis where over %,d characters ran without a sentence break",
					extraction.brokenRuns(), (extraction.brokenRuns() == 1) ? "time" : "times",
					NlpPipeline.MAX_SENTENCE_CHARACTERS));
		}
		ImportWriter.Written written = this.write.write(document, hash, published, source, extraction, runId, notes);
		if (published == null) {
			notes.add("relative dates left unresolved until a publication date is set");
		}
		notes.addAll(written.notes());
		return new FileResult(document.key(), written.outcome(), null, written.articleId(), written.actors(),
				written.events(), written.claims(), written.keptEdits(), notes);
	}

	private static String contentHash(byte[] content, @Nullable ManifestEntry entry) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(content);
			digest.update(("\n" + EXTRACTION_VERSION + "\n" + entry).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
