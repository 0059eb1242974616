package org.newsline.ingest;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

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

}
