package org.newsline.ingest;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures of a file's write the importer tries again: those caused by someone
 * changing the same rows at the same moment, and no others.
 */
class ConcurrentChangeTests {

	@Test
	void staleVersionsDeadlocksAndSerializationFailuresAreConcurrentChanges() {
		assertThat(RetriedWrite.concurrentChange(new ObjectOptimisticLockingFailureException("Event", 7L))).isTrue();
		assertThat(RetriedWrite.concurrentChange(
				new CannotAcquireLockException("deadlock", new SQLException("deadlock detected", "40P01"))))
			.isTrue();
		assertThat(RetriedWrite.concurrentChange(new TransactionSystemException("commit failed",
				new SQLException("could not serialize access", "40001"))))
			.isTrue();
		assertThat(RetriedWrite
			.concurrentChange(new TransactionSystemException("commit failed", new OptimisticLockException("stale"))))
			.isTrue();
	}

	@Test
	void aUniqueKeyTakenMeanwhileIsAConcurrentChangeButABrokenRuleIsNot() {
		assertThat(RetriedWrite.concurrentChange(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key value violates unique constraint \"event_slug_key\"", "23505"))))
			.isTrue();
		assertThat(RetriedWrite.concurrentChange(new DataIntegrityViolationException("check",
				new SQLException("new row violates check constraint \"evidence_span_check\"", "23514"))))
			.isFalse();
		assertThat(RetriedWrite.concurrentChange(new IllegalStateException("no text"))).isFalse();
	}

}
