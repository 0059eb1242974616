-- Synthetic reader data for the benchmarks (bench/reader.sh, bench/soak.sh): :events events
-- (a third published, the rest unreviewed, dated over ten years) with 2,000 articles, 500
-- actors, 50 tags, two participants, a tag and a source per event, and a claim for every
-- fifth event (one in ten of them disputed). Ids start at 1,000,001, clear of what the
-- importer writes; the sequences then jump to 3,000,000.
--
-- Usage: psql -v ON_ERROR_STOP=1 -v events=100000 -f bench/synthetic-events.sql
insert into article (id, source_key, outlet, title, published_on, published_source, body, content_hash, created_at, updated_at)
select 1000000 + g, 'bench-' || g || '.txt', (array['Wire','Gazette','Herald','Tribune','Courier'])[1 + g % 5],
       'Bench article ' || g, date '2015-01-01' + (g % 3650), 'MANIFEST',
       repeat('Lorem ipsum dolor sit amet. ', 40), md5(g::text), now(), now()
from generate_series(1, 2000) g;

insert into actor (id, slug, name, kind, origin, edited, created_at)
select 1000000 + g, 'bench-actor-' || g, 'Bench Actor ' || g, (array['PERSON','ORGANIZATION','COUNTRY','GROUP'])[1 + g % 4],
       'IMPORT', false, now()
from generate_series(1, 500) g;
insert into actor_alias (id, actor_id, name, match_key, origin)
select 1000000 + g, 1000000 + g, 'Bench Actor ' || g, 'bench actor ' || g, 'IMPORT' from generate_series(1, 500) g;

insert into tag (id, slug, name) select 1000000 + g, 'bench-tag-' || g, 'Bench tag ' || g from generate_series(1, 50) g;

insert into event (id, slug, title, summary, date_start, date_end, date_precision, date_approximate, status, origin,
                   edited, created_at, updated_at)
select 1000000 + g, 'bench-event-' || g,
       'Bench event ' || g || ' ' || (array['election','strike','protest','summit','flood','ceasefire','trial','sanctions'])[1 + g % 8],
       'A synthetic report of ' || (array['an election','a strike','a protest','a summit','a flood','a ceasefire','a trial','new sanctions'])[1 + g % 8] || ' for load testing.',
       date '2015-01-01' + (g * 37 % 3650), date '2015-01-01' + (g * 37 % 3650), 'DAY', false,
       case when g % 3 = 0 then 'PUBLISHED' else 'UNREVIEWED' end, 'IMPORT', false, now(), now()
from generate_series(1, :events) g;

insert into participation (id, event_id, actor_id, role, origin)
select 1000000 + g * 2, 1000000 + g, 1000001 + g % 500, 'agent', 'IMPORT' from generate_series(1, :events) g;
insert into participation (id, event_id, actor_id, role, origin)
select 1000001 + g * 2, 1000000 + g, 1000001 + (g * 7 + 3) % 500, 'participant', 'IMPORT'
from generate_series(1, :events) g where g % 500 <> (g * 7 + 3) % 500;

insert into event_tag (event_id, tag_id) select 1000000 + g, 1000001 + g % 50 from generate_series(1, :events) g;

insert into event_source (id, event_id, article_id, span_start, span_end, quote, independent, origin, outlet, published_on)
select 1000000 + g, 1000000 + g, 1000001 + g % 2000, 0, 27, 'Lorem ipsum dolor sit amet.', true, 'IMPORT',
       (array['Wire','Gazette','Herald','Tribune','Courier'])[1 + (1 + g % 2000) % 5], date '2015-01-01' + ((1 + g % 2000) % 3650)
from generate_series(1, :events) g;

insert into claim (id, event_id, speaker_actor_id, text, article_id, span_start, span_end, sentence, hedge_cues, verdict,
                   verdict_rationale, status, origin, edited, created_at, updated_at)
select 1000000 + g, 1000000 + g * 5, 1000001 + g % 500,
       'Synthetic claim ' || g || ' about the ' || (array['election','strike','summit','flood'])[1 + g % 4],
       1000001 + g % 2000, 0, 27, 'Lorem ipsum dolor sit amet.', '{}',
       case when g % 10 = 0 then 'DISPUTED' else 'UNVERIFIED' end,
       case when g % 10 = 0 then 'Contradicted by the records.' end, 'UNREVIEWED', 'IMPORT', false, now(), now()
from generate_series(1, :events / 5) g;

select setval(s, 3000000) from unnest(array['article_seq','actor_seq','actor_alias_seq','tag_seq','event_seq',
       'participation_seq','event_source_seq','claim_seq']) s;
-- the tables written above only: the application role may not analyze the catalogs
analyze article, actor, actor_alias, tag, event, participation, event_tag, event_source, claim;
