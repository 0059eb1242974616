package org.newsline.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Events, by slug, by former slug, and in batches for read models.
 */
public interface EventRepository extends JpaRepository<Event, Long> {

	Optional<Event> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query("select distinct p.event from Participation p where p.actor.id in :actorIds and p.event.mergedIntoId is null")
	List<Event> findInvolving(Collection<Long> actorIds);

	@Query("select e from Event e where e.mergedIntoId is null and e.date.start <= :to and e.date.end >= :from")
	List<Event> findOverlapping(java.time.LocalDate from, java.time.LocalDate to);

	/**
	 * The events citing an article, their rows locked until the transaction ends and
	 * taken in id order, so what the importer decides about them holds until it commits.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Event e where e.id in (select s.event.id from EventSource s where s.article.id = :articleId) order by e.id")
	List<Event> findCitingForUpdate(long articleId);

	/**
	 * The event with its row locked until the transaction ends: a version checked against
	 * it stays true until the change is committed, and a concurrent writer waits instead
	 * of failing halfway.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Event e where e.id = :id")
	Optional<Event> findForUpdate(long id);

	/**
	 * Events with their rows locked, taken in id order so that two writers locking
	 * several never wait on each other in a circle.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Event e where e.id in :ids order by e.id")
	List<Event> findAllForUpdate(Collection<Long> ids);

	@Query("select p from Participation p join fetch p.actor where p.event.id in :eventIds order by p.id")
	List<Participation> findParticipations(Collection<Long> eventIds);

	@Query("select s from EventSource s left join fetch s.article where s.event.id in :eventIds order by s.id")
	List<EventSource> findSources(Collection<Long> eventIds);

	@Query("select e.id, t from Event e join e.tags t where e.id in :eventIds order by t.name")
	List<Object[]> findTagPairs(Collection<Long> eventIds);

	/**
	 * Events in one review status that were not merged away, for the editors' review
	 * queue.
	 */
	@Query("select e from Event e where e.status = :status and e.mergedIntoId is null order by e.createdAt desc, e.id desc")
	List<Event> findForReview(ReviewStatus status, Pageable pageable);

	@Query("select e from Event e where e.mergedIntoId is null order by e.updatedAt desc, e.id desc")
	List<Event> findRecentlyChanged(Pageable pageable);

	/**
	 * Current events for the desk's list, optionally of one status and with a title
	 * containing the text.
	 */
	@Query("select e from Event e where e.mergedIntoId is null and (:status is null or e.status = :status) "
			+ "and lower(e.title) like lower(concat('%', :text, '%')) order by e.updatedAt desc, e.id desc")
	List<Event> findForDesk(@Nullable ReviewStatus status, String text, Pageable pageable);

}
