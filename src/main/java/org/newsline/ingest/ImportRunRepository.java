package org.newsline.ingest;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Import runs, newest first.
 */
public interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

	@EntityGraph(attributePaths = "files")
	Optional<ImportRun> findFirstByOrderByIdDesc();

	@EntityGraph(attributePaths = "files")
	Optional<ImportRun> findWithFilesById(long id);

	Page<ImportRun> findAllByOrderByIdDesc(Pageable pageable);

	java.util.List<ImportRun> findByStatusIn(java.util.Collection<ImportStatus> statuses);

	/**
	 * Runs queued or running in one process, under the import lock: not runs of queued
	 * jobs, which any worker carries on.
	 */
	@Query(value = """
			select * from import_run r where r.status in ('QUEUED', 'RUNNING')
			and not exists (select 1 from import_job j where j.run_id = r.id)""", nativeQuery = true)
	java.util.List<ImportRun> findUnfinishedInProcess();

}
