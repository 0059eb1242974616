package org.newsline.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.newsline.event.ReviewStatus;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Claims, by event, speaker or article.
 */
public interface ClaimRepository extends JpaRepository<Claim, Long> {

	/**
	 * The claims drafted from an article, their rows locked until the transaction ends
	 * and taken in id order, so what the importer decides about them holds until it
	 * commits.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Claim c where c.article.id = :articleId order by c.id")
	List<Claim> findByArticleIdForUpdate(long articleId);

	/**
	 * The claim with its row locked until the transaction ends, so a version checked
	 * against it stays true until the change is committed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Claim c where c.id = :id")
	Optional<Claim> findForUpdate(long id);

	/** Claims with their rows locked, taken in id order. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Claim c where c.id in :ids order by c.id")
	List<Claim> findAllForUpdate(Collection<Long> ids);

	List<Claim> findByEventIdIn(Collection<Long> eventIds);

	List<Claim> findBySpeakerId(long speakerId);

	/**
	 * The claims other articles make about some events, with their speakers and articles:
	 * what a new article's claims about those events are weighed against.
	 */
	@Query("""
			select c from Claim c left join fetch c.speaker join fetch c.article a
			where c.event.id in :eventIds and a.id <> :articleId
			and c.status <> org.newsline.event.ReviewStatus.REJECTED order by c.id""")
	List<Claim> findAboutEventsOutside(Collection<Long> eventIds, long articleId);

	/**
	 * The claims some speakers made in other articles published in a window of days: the
	 * same statement may be reported by several.
	 */
	@Query("""
			select c from Claim c join fetch c.speaker s join fetch c.article a
			where s.id in :speakerIds and a.id <> :articleId and a.publishedOn between :from and :to
			and c.status <> org.newsline.event.ReviewStatus.REJECTED order by c.id""")
	List<Claim> findBySpeakersOutside(Collection<Long> speakerIds, long articleId, java.time.LocalDate from,
			java.time.LocalDate to);

	/**
	 * The claims of the articles that report one of the events an article reports: the
	 * same story told elsewhere.
	 */
	@Query("""
			select c from Claim c left join fetch c.speaker join fetch c.article a
			where a.id <> :articleId and c.status <> org.newsline.event.ReviewStatus.REJECTED
			and a.id in (select s.article.id from EventSource s where s.event.id in
				(select t.event.id from EventSource t where t.article.id = :articleId))
			order by c.id""")
	List<Claim> findInArticlesSharingAnEventWith(long articleId);

	/** The claims that contradict a claim. */
	@Query("select c from Claim c join c.contradicts x where x.id = :claimId order by c.id")
	List<Claim> findContradicting(long claimId);

	/** Claims in one review status, newest first, for the editors' review queue. */
	@Query("select c from Claim c where c.status = :status order by c.createdAt desc, c.id desc")
	List<Claim> findForReview(ReviewStatus status, Pageable pageable);

}
