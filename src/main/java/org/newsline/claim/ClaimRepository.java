package org.newsline.claim;

import java.util.Collection;
import java.util.List;

import org.newsline.event.ReviewStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Claims, by event, speaker or article.
 */
public interface ClaimRepository extends JpaRepository<Claim, Long> {

	List<Claim> findByArticleId(long articleId);

	@Query("select c.id from Claim c where c.status <> :hidden")
	Page<Long> findListedIds(ReviewStatus hidden, Pageable pageable);

	List<Claim> findByEventIdIn(Collection<Long> eventIds);

	@Query("select c.event.id, c.id, c.verdict from Claim c where c.event.id in :eventIds and c.status <> org.newsline.event.ReviewStatus.REJECTED order by c.id")
	List<Object[]> findIdsAndVerdictsByEventIds(Collection<Long> eventIds);

	@Query("select c.id, x.id from Claim c join c.contradicts x where c.id in :claimIds")
	List<Object[]> findContradictionPairs(Collection<Long> claimIds);

	@Query("select c from Claim c left join fetch c.speaker left join fetch c.article where c.id in :ids order by c.id")
	List<Claim> findForViewByIdIn(Collection<Long> ids);

	List<Claim> findBySpeakerId(long speakerId);

	/** Claims in one review status, newest first, for the editors' review queue. */
	@Query("select c from Claim c where c.status = :status order by c.createdAt desc, c.id desc")
	List<Claim> findForReview(ReviewStatus status, Pageable pageable);

}
