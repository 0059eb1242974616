package org.newsline.timeline;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.newsline.claim.Verdict;
import org.newsline.event.ReviewStatus;

import org.springframework.stereotype.Component;

/**
 * Loads claims for readers in three statements whatever their number: the claims, the
 * claims on either side of them, and their counter-sources. Draft and rejected claims
 * never appear.
 */
@Component
class ClaimViews {

	private final Rows rows;

	ClaimViews(Rows rows) {
		this.rows = rows;
	}

	/**
	 * Visible claims matching a condition on {@code claim c}, {@code actor a} (speaker)
	 * or {@code article ar}.
	 */
	List<ClaimView> where(String condition, Map<String, ?> parameters, int offset, int limit) {
		List<Object[]> found = this.rows
			.list("select c.id, a.slug, coalesce(a.name, c.speaker_label), c.text, c.verdict, "
					+ "c.verdict_rationale, c.verdict_suggested, c.hedge_cues, c.status, c.article_id, ar.title, ar.outlet, "
					+ "ar.published_on, c.stated_on, c.sentence, ev.id, ev.slug, ev.title, a.id "
					+ "from claim c left join actor a on a.id = c.speaker_actor_id left join article ar on ar.id = c.article_id "
					+ "left join event ev on ev.id = c.event_id and ev.merged_into_id is null and ev.status in "
					+ EventSearch.VISIBLE + " where c.status in " + EventSearch.VISIBLE + " and (" + condition
					+ ") order by c.id", parameters, offset, limit);
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> ids = found.stream().map((row) -> Rows.id(row[0])).toList();
		Map<Long, List<ClaimView.Brief>> disputedBy = group(ids);
		Map<Long, List<ClaimView.Brief>> contradicts = group(ids);
		for (Object[] row : this.rows
			.list("select cc.contradicted_id, 'BY', d.id, coalesce(da.name, d.speaker_label), d.text, "
					+ "d.verdict from claim_contradiction cc join claim d on d.id = cc.claim_id left join actor da on da.id = "
					+ "d.speaker_actor_id where cc.contradicted_id in (:ids) and d.status in " + EventSearch.VISIBLE
					+ " union all select cc.claim_id, 'OF', d.id, coalesce(da.name, d.speaker_label), d.text, d.verdict "
					+ "from claim_contradiction cc join claim d on d.id = cc.contradicted_id left join actor da on da.id = "
					+ "d.speaker_actor_id where cc.claim_id in (:ids) and d.status in " + EventSearch.VISIBLE
					+ " order by 3", Map.of("ids", ids))) {
			ClaimView.Brief brief = new ClaimView.Brief(Rows.id(row[2]), (String) row[3], (String) row[4],
					Verdict.valueOf((String) row[5]));
			("BY".equals(row[1]) ? disputedBy : contradicts).get(Rows.id(row[0])).add(brief);
		}
		Map<Long, List<ClaimView.Counter>> counters = group(ids);
		for (Object[] row : this.rows
			.list("select cs.claim_id, cs.article_id, coalesce(cs.url, ar.url), coalesce(cs.title, ar.title), "
					+ "ar.outlet, cs.quote from counter_source cs left join article ar on ar.id = cs.article_id "
					+ "where cs.claim_id in (:ids) order by cs.id", Map.of("ids", ids))) {
			counters.get(Rows.id(row[0]))
				.add(new ClaimView.Counter(Rows.optionalId(row[1]), Rows.text(row[2]), Rows.text(row[3]),
						Rows.text(row[4]), (String) row[5]));
		}
		List<ClaimView> claims = new ArrayList<>();
		for (Object[] row : found) {
			long id = Rows.id(row[0]);
			claims.add(new ClaimView(id, Rows.text(row[1]), (String) row[2], row[18] == null, (String) row[3],
					Verdict.valueOf((String) row[4]), Rows.text(row[5]), Rows.bool(row[6]), cues(row[7]),
					ReviewStatus.valueOf((String) row[8]), Rows.optionalId(row[9]), Rows.text(row[10]),
					Rows.text(row[11]), Rows.date(row[12]), Rows.date(row[13]), Rows.text(row[14]),
					Rows.optionalId(row[15]), Rows.text(row[16]), Rows.text(row[17]), disputedBy.get(id),
					contradicts.get(id), counters.get(id)));
		}
		return claims;
	}

	long count(String condition, Map<String, ?> parameters) {
		return this.rows.count("select count(*) from claim c left join actor a on a.id = c.speaker_actor_id "
				+ "left join article ar on ar.id = c.article_id where c.status in " + EventSearch.VISIBLE + " and ("
				+ condition + ")", parameters);
	}

	private static List<String> cues(@Nullable Object value) {
		if (value instanceof String[] strings) {
			return List.of(strings);
		}
		if (value instanceof Object[] objects) {
			return java.util.Arrays.stream(objects).map(String::valueOf).toList();
		}
		if (value instanceof Array array) {
			try {
				return List.of((String[]) array.getArray());
			}
			catch (SQLException ex) {
				return List.of();
			}
		}
		return List.of();
	}

	private static <T> Map<Long, List<T>> group(List<Long> ids) {
		Map<Long, List<T>> map = new LinkedHashMap<>();
		ids.forEach((id) -> map.put(id, new ArrayList<>()));
		return map;
	}

}
