package org.newsline.ingest;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.jspecify.annotations.Nullable;
import org.newsline.article.PublicationSource;
import org.newsline.ingest.document.CleanDocument;
import org.newsline.ingest.extract.ArticleExtraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes one file's extraction, again from a fresh read of the database when an editor's
 * concurrent save made the attempt fail: the file's transaction rolled back whole, so
 * nothing is written twice, and the next attempt sees and keeps the editor's change. The
 * extraction itself depends on the text alone and is not repeated.
 */
@Component
class RetriedWrite {

	/**
	 * How often a file's write is tried before it is reported failed, when editors keep
	 * changing its records at the same moment.
	 */
	static final int WRITE_ATTEMPTS = 5;

	/**
	 * PostgreSQL's serialization failure, deadlock, lock not available and unique
	 * violation.
	 */
	private static final Set<String> RETRYABLE_SQL_STATES = Set.of("40001", "40P01", "55P03", "23505");

	private static final Logger logger = LoggerFactory.getLogger(RetriedWrite.class);

	private final ImportWriter writer;

	RetriedWrite(ImportWriter writer) {
		this.writer = writer;
	}

	ImportWriter.Written write(CleanDocument document, String hash, @Nullable LocalDate published,
			PublicationSource source, ArticleExtraction extraction, long runId, List<String> notes) {
		for (int attempt = 1;; attempt++) {
			try {
				ImportWriter.Written written = this.writer.write(document, hash, published, source, extraction, runId);
				if (attempt > 1) {
					notes.add("written on attempt " + attempt + ", after editors changed its records meanwhile");
				}
				return written;
			}
			catch (RuntimeException ex) {
				if (attempt >= WRITE_ATTEMPTS || !concurrentChange(ex)) {
					throw ex;
				}
				logger.info("Import run {}: {} met a concurrent change ({}), writing it again", runId, document.key(),
						ex.getClass().getSimpleName());
				pause(attempt);
			}
		}
	}

	/**
	 * Whether a write failed only because someone else changed the same rows at the same
	 * time: a stale version, a lock conflict or deadlock, a serialization failure, or a
	 * unique key taken meanwhile. Such a failure goes away when the write is tried again.
	 */
	static boolean concurrentChange(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof ConcurrencyFailureException || cause instanceof OptimisticLockException
					|| cause instanceof PessimisticLockException || cause instanceof LockTimeoutException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& RETRYABLE_SQL_STATES.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(20L * attempt * attempt + ThreadLocalRandom.current().nextLong(20));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing an article", ex);
		}
	}

}
