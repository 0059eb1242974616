package org.newsline.actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Actors, found by slug or by any alias's folded key.
 */
public interface ActorRepository extends JpaRepository<Actor, Long> {

	Optional<Actor> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/**
	 * The actor with its row locked until the transaction ends, so a version checked
	 * against it stays true until the change is committed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Actor a where a.id = :id")
	Optional<Actor> findForUpdate(long id);

	/** Actors with their rows locked, taken in id order. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Actor a where a.id in :ids order by a.id")
	List<Actor> findAllForUpdate(Collection<Long> ids);

	@Query("select distinct a.actor from Alias a where a.matchKey in :keys and a.actor.mergedIntoId is null")
	List<Actor> findByAliasKeys(Collection<String> keys);

	/**
	 * People one of whose aliases ends with the given word, for a surname met on its own.
	 */
	@Query("select distinct a.actor from Alias a where a.matchKey like concat('% ', :word) "
			+ "and a.actor.kind = org.newsline.actor.ActorKind.PERSON and a.actor.mergedIntoId is null")
	List<Actor> findPeopleEndingWith(String word);

	@EntityGraph(attributePaths = "aliases")
	@Query("select a from Actor a where a.id in :ids")
	List<Actor> findWithAliasesByIdIn(Collection<Long> ids);

	@Query("select a from Actor a where a.mergedIntoId is null")
	Page<Actor> findCurrent(Pageable pageable);

	/**
	 * Aliases of current actors whose folded key contains the folded text, shortest
	 * first, for autocomplete.
	 */
	@Query("select a from Alias a join fetch a.actor where a.matchKey like concat('%', :key, '%') "
			+ "and a.actor.mergedIntoId is null order by length(a.name), a.name")
	List<Alias> findAliasesContaining(String key, Pageable pageable);

}
