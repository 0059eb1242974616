package org.newsline.article;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Evidence spans, by article or by what they support.
 */
public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByArticleIdOrderBySpanStart(long articleId);

	List<Evidence> findByEventIdIn(Collection<Long> eventIds);

	List<Evidence> findByClaimIdIn(Collection<Long> claimIds);

	@Modifying(flushAutomatically = true)
	@Query("delete from Evidence e where e.article.id = :articleId")
	int deleteByArticle(long articleId);

	List<Evidence> findByActorId(long actorId);

}
