package org.newsline.event;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Tags, by slug.
 */
public interface TagRepository extends JpaRepository<Tag, Long> {

	Optional<Tag> findBySlug(String slug);

	@Query("select t from Tag t where lower(t.name) like lower(concat('%', :text, '%')) order by t.name")
	List<Tag> findNamesContaining(String text, Pageable pageable);

}
