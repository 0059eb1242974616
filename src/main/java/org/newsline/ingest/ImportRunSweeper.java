package org.newsline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.newsline.shared.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Reports import runs that nobody is running any more as failed, so none stays "running"
 * for ever: a run whose importer lost the database, or whose application stopped, leaves
 * its row queued or running, and only once the database is back can that be corrected.
 * Sweeps at startup and then at a fixed interval; a run counts as abandoned when the
 * import lock is free, because the lock dies with the session of whoever ran it. Runs of
 * queued jobs are no concern of it: a worker that dies leaves its job to another.
 */
@Component
class ImportRunSweeper implements SchedulingConfigurer {

	/** The reason given to a run this instance stopped because the database went away. */
	static final String DATABASE_LOST = "Database unavailable during the import; files not listed were not imported";

	/** The reason given to a run found abandoned at startup. */
	static final String APPLICATION_STOPPED = "Interrupted: the application stopped before this import finished; "
			+ "files not listed were not imported";

	/** The reason given to a run found abandoned while the application runs. */
	static final String ABANDONED = "Interrupted: the import stopped before it finished (its application stopped "
			+ "or lost the database); files not listed were not imported";

	private static final Logger logger = LoggerFactory.getLogger(ImportRunSweeper.class);

	private final ImportRuns runs;

	private final ImportLock lock;

	private final JdbcTemplate jdbc;

	private final IngestSettings settings;

	/** Why this instance stopped runs it could not mark failed itself, by run id. */
	private final Map<Long, String> stopped = new ConcurrentHashMap<>();

	ImportRunSweeper(ImportRuns runs, ImportLock lock, JdbcTemplate jdbc, IngestSettings settings) {
		this.runs = runs;
		this.lock = lock;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(
				new FixedDelayTask(this::sweepQuietly, this.settings.sweepInterval(), this.settings.sweepInterval()));
	}

	/**
	 * Remembers why a run was stopped, for the sweep that marks it failed once the
	 * database is back.
	 */
	void stopped(long runId, String reason) {
		this.stopped.put(runId, reason);
	}

	/**
	 * Marks every queued or running run that nobody runs as failed; returns how many.
	 * Holding the lock meanwhile keeps a new run from starting, and being swept, at the
	 * same moment.
	 */
	int sweep(String otherwise) {
		if (!anyUnfinished()) {
			return 0;
		}
		try (ImportLock.Held held = this.lock.acquire()) {
			List<Long> swept = new ArrayList<>();
			int failed = this.runs.failUnfinished((runId) -> {
				swept.add(runId);
				return this.stopped.getOrDefault(runId, otherwise);
			});
			swept.forEach(this.stopped::remove);
			return failed;
		}
		catch (ImportAlreadyRunningException ex) {
			return 0;
		}
	}

	/**
	 * The check made every interval, in plain JDBC: it stays out of Hibernate's sessions
	 * and statistics, which page tests count statements with.
	 */
	private boolean anyUnfinished() {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from import_run r where r.status in ('QUEUED', 'RUNNING')
				    and not exists (select 1 from import_job j where j.run_id = r.id))""", Boolean.class));
	}

	private void sweepQuietly() {
		try {
			int failed = sweep(ABANDONED);
			if (failed > 0) {
				logger.warn("Marked {} abandoned import {} as failed", failed, (failed == 1) ? "run" : "runs");
			}
		}
		catch (DataAccessException | TransactionException ex) {
			if (!DatabaseOutage.isCauseOf(ex)) {
				throw ex;
			}
			logger.debug("Import runs not swept: the database is unavailable", ex);
		}
	}

}
