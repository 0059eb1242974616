package org.newsline.event;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Tags, by slug.
 */
public interface TagRepository extends JpaRepository<Tag, Long> {

	Optional<Tag> findBySlug(String slug);

}
