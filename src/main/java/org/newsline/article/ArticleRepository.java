package org.newsline.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Imported articles, found by their stable key.
 */
public interface ArticleRepository extends JpaRepository<Article, Long> {

	Optional<Article> findBySourceKey(String sourceKey);

	List<Article> findByIdIn(Collection<Long> ids);

}
