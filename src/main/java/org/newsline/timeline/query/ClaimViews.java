package org.newsline.timeline.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.newsline.claim.ClaimRules;
import org.newsline.claim.Verdict;
import org.newsline.event.EventRules;
import org.newsline.event.ReviewStatus;
import org.newsline.timeline.model.ClaimView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads claims for readers in three statements whatever their number: the claims, the
 * claims on either side of them, and their counter-sources. Draft and rejected claims
 * never appear, and neither does an event readers may not see.
 */
@Component
class ClaimViews {

	private static final String CLAIMS = """
			select c.id, a.id as speaker_id, a.slug as speaker_slug, coalesce(a.name, c.speaker_label) as speaker,
			       c.speaker_label, c.text, c.verdict, c.verdict_rationale as rationale, c.verdict_suggested,
			       c.hedge_cues, c.status, c.article_id, ar.source_key as article_file, ar.title as article_title,
			       ar.outlet, ar.published_on, c.stated_on, c.sentence, ev.id as event_id, ev.slug as event_slug,
			       ev.title as event_title
			from claim c
			left join actor a on a.id = c.speaker_actor_id
			left join article ar on ar.id = c.article_id
			left join event ev on ev.id = c.event_id and %s
			where %s""".formatted(EventRules.visibleToReaders("ev"), ClaimRules.visibleToReaders("c"));

	private static final String COUNT = """
			select count(*)
			from claim c
			left join actor a on a.id = c.speaker_actor_id
			where %s""".formatted(ClaimRules.visibleToReaders("c"));

	/** The visible claims on either side of a contradiction with each of the claims. */
	private static final String CONTRADICTIONS = """
			select cc.contradicted_id as claim_id, true as disputing, d.id, coalesce(da.name, d.speaker_label) as speaker,
			       d.text, d.verdict
			from claim_contradiction cc
			join claim d on d.id = cc.claim_id
			left join actor da on da.id = d.speaker_actor_id
			where cc.contradicted_id in (:ids) and %1$s
			union all
			select cc.claim_id, false, d.id, coalesce(da.name, d.speaker_label), d.text, d.verdict
			from claim_contradiction cc
			join claim d on d.id = cc.contradicted_id
			left join actor da on da.id = d.speaker_actor_id
			where cc.claim_id in (:ids) and %1$s
			order by 3"""
		.formatted(ClaimRules.visibleToReaders("d"));

	private static final String COUNTER_SOURCES = """
			select cs.claim_id, cs.article_id, coalesce(cs.url, ar.url) as url, coalesce(cs.title, ar.title) as title,
			       ar.outlet, cs.quote
			from counter_source cs left join article ar on ar.id = cs.article_id
			where cs.claim_id in (:ids)
			order by cs.id""";

	private final JdbcClient jdbc;

	ClaimViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The visible claims the criteria find, in the order they were recorded. */
	List<ClaimView> find(ClaimCriteria criteria, int offset, int limit) {
		Condition condition = Condition.of(criteria);
		List<ClaimRow> found = this.jdbc.sql(CLAIMS + condition.sql + "\norder by c.id\nlimit :limit offset :offset")
			.params(condition.parameters)
			.param("limit", limit)
			.param("offset", offset)
			.query(ClaimViews::claimRow)
			.list();
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> ids = found.stream().map(ClaimRow::id).toList();
		Map<Long, List<ClaimView.Brief>> disputedBy = group(ids);
		Map<Long, List<ClaimView.Brief>> contradicts = group(ids);
		this.jdbc.sql(CONTRADICTIONS).param("ids", ids).query(ContradictionRow.class).list().forEach((row) -> {
			ClaimView.Brief brief = new ClaimView.Brief(row.id(), row.speaker(), row.text(), row.verdict());
			(row.disputing() ? disputedBy : contradicts).get(row.claimId()).add(brief);
		});
		Map<Long, List<ClaimView.Counter>> counters = group(ids);
		this.jdbc.sql(COUNTER_SOURCES)
			.param("ids", ids)
			.query(CounterRow.class)
			.list()
			.forEach((row) -> counters.get(row.claimId())
				.add(new ClaimView.Counter(row.articleId(), row.url(), row.title(), row.outlet(), row.quote())));
		return found.stream().map((row) -> row.view(disputedBy, contradicts, counters)).toList();
	}

	/** How many visible claims the criteria find. */
	long count(ClaimCriteria criteria) {
		Condition condition = Condition.of(criteria);
		return this.jdbc.sql(COUNT + condition.sql).params(condition.parameters).query(Long.class).single();
	}

	private static ClaimRow claimRow(ResultSet rs, int rowNumber) throws SQLException {
		return new ClaimRow(rs.getLong("id"), rs.getObject("speaker_id", Long.class), rs.getString("speaker_slug"),
				rs.getString("speaker"), rs.getString("speaker_label"), rs.getString("text"),
				Verdict.valueOf(rs.getString("verdict")), rs.getString("rationale"), rs.getBoolean("verdict_suggested"),
				strings(rs.getArray("hedge_cues")), ReviewStatus.valueOf(rs.getString("status")),
				rs.getObject("article_id", Long.class), rs.getString("article_file"), rs.getString("article_title"),
				rs.getString("outlet"), rs.getObject("published_on", LocalDate.class),
				rs.getObject("stated_on", LocalDate.class), rs.getString("sentence"),
				rs.getObject("event_id", Long.class), rs.getString("event_slug"), rs.getString("event_title"));
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

	private static <T> Map<Long, List<T>> group(List<Long> ids) {
		Map<Long, List<T>> map = new LinkedHashMap<>();
		ids.forEach((id) -> map.put(id, new ArrayList<>()));
		return map;
	}

	/**
	 * The criteria as a condition on {@code claim c} and {@code actor a} (the speaker).
	 */
	private record Condition(String sql, Map<String, Object> parameters) {

		static Condition of(ClaimCriteria criteria) {
			StringBuilder sql = new StringBuilder();
			Map<String, Object> parameters = new LinkedHashMap<>();
			if (criteria.id() != null) {
				sql.append("\nand c.id = :id");
				parameters.put("id", criteria.id());
			}
			if (criteria.eventId() != null) {
				sql.append("\nand c.event_id = :event");
				parameters.put("event", criteria.eventId());
			}
			if (criteria.speakerId() != null) {
				sql.append("\nand c.speaker_actor_id = :speaker");
				parameters.put("speaker", criteria.speakerId());
			}
			if (criteria.speakerSlug() != null) {
				sql.append("\nand a.slug = :speakerSlug");
				parameters.put("speakerSlug", criteria.speakerSlug());
			}
			if (criteria.verdict() != null) {
				sql.append("\nand c.verdict = :verdict");
				parameters.put("verdict", criteria.verdict().name());
			}
			return new Condition(sql.toString(), parameters);
		}

	}

	private record ClaimRow(long id, @Nullable Long speakerId, @Nullable String speakerSlug, String speaker,
			@Nullable String speakerLabel, String text, Verdict verdict, @Nullable String rationale,
			boolean verdictSuggested, List<String> hedgeCues, ReviewStatus status, @Nullable Long articleId,
			@Nullable String articleFile, @Nullable String articleTitle, @Nullable String outlet,
			@Nullable LocalDate publishedOn, @Nullable LocalDate statedOn, @Nullable String sentence,
			@Nullable Long eventId, @Nullable String eventSlug, @Nullable String eventTitle) {

		ClaimView view(Map<Long, List<ClaimView.Brief>> disputedBy, Map<Long, List<ClaimView.Brief>> contradicts,
				Map<Long, List<ClaimView.Counter>> counters) {
			return new ClaimView(this.id, this.speakerId, this.speakerSlug, this.speaker, this.speakerLabel, this.text,
					this.verdict, this.rationale, this.verdictSuggested, this.hedgeCues, this.status, this.articleId,
					this.articleFile, this.articleTitle, this.outlet, this.publishedOn, this.statedOn, this.sentence,
					this.eventId, this.eventSlug, this.eventTitle, disputedBy.get(this.id), contradicts.get(this.id),
					counters.get(this.id));
		}

	}

	private record ContradictionRow(long claimId, boolean disputing, long id, String speaker, String text,
			Verdict verdict) {
	}

	private record CounterRow(long claimId, @Nullable Long articleId, @Nullable String url, @Nullable String title,
			@Nullable String outlet, String quote) {
	}

}
