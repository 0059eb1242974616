package org.newsline.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Runs native SQL through the JPA entity manager, so Hibernate's statistics count it, and
 * reads the columns back as plain Java values.
 */
@Component
class Rows {

	private final EntityManager entityManager;

	Rows(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<Object[]> list(String sql, Map<String, ?> parameters) {
		Query query = this.entityManager.createNativeQuery(sql);
		parameters.forEach(query::setParameter);
		List<?> result = query.getResultList();
		return result.stream().map((row) -> (row instanceof Object[] array) ? array : new Object[] { row }).toList();
	}

	List<Object[]> list(String sql, Map<String, ?> parameters, int offset, int limit) {
		Query query = this.entityManager.createNativeQuery(sql);
		parameters.forEach(query::setParameter);
		query.setFirstResult(offset);
		query.setMaxResults(limit);
		List<?> result = query.getResultList();
		return result.stream().map((row) -> (row instanceof Object[] array) ? array : new Object[] { row }).toList();
	}

	long count(String sql, Map<String, ?> parameters) {
		Query query = this.entityManager.createNativeQuery(sql);
		parameters.forEach(query::setParameter);
		return ((Number) query.getSingleResult()).longValue();
	}

	static long id(Object value) {
		return ((Number) value).longValue();
	}

	static @Nullable Long optionalId(@Nullable Object value) {
		return (value == null) ? null : ((Number) value).longValue();
	}

	static @Nullable String text(@Nullable Object value) {
		return (value == null) ? null : value.toString();
	}

	static boolean bool(@Nullable Object value) {
		return Boolean.TRUE.equals(value);
	}

	static @Nullable LocalDate date(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toLocalDateTime().toLocalDate();
		}
		return LocalDate.parse(value.toString().substring(0, 10));
	}

	static Instant instant(@Nullable Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		return Instant.EPOCH;
	}

}
