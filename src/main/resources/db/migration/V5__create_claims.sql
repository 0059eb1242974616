create sequence claim_seq increment by 50;
create sequence counter_source_seq increment by 50;

create table claim (
    id                bigint primary key,
    event_id          bigint references event (id) on delete set null,
    speaker_actor_id  bigint references actor (id),
    speaker_label     varchar(300),
    text              text        not null,
    article_id        bigint references article (id),
    span_start        integer,
    span_end          integer,
    sentence          text,
    stated_on         date,
    hedge_cues        text[]      not null default '{}',
    verdict           varchar(16) not null default 'UNVERIFIED',
    verdict_rationale text,
    verdict_suggested boolean     not null default false,
    status            varchar(16) not null,
    origin            varchar(16) not null,
    edited            boolean     not null default false,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0,
    search            tsvector generated always as (to_tsvector('english', text)) stored,
    constraint claim_speaker_check check (speaker_actor_id is not null or speaker_label is not null),
    constraint claim_verdict_check check (verdict in ('UNVERIFIED', 'DISPUTED', 'CORROBORATED', 'FALSE')),
    constraint claim_rationale_check check (verdict = 'UNVERIFIED' or verdict_rationale is not null),
    constraint claim_status_check check (status in ('UNREVIEWED', 'PUBLISHED', 'REJECTED', 'DRAFT')),
    constraint claim_origin_check check (origin in ('IMPORT', 'EDITOR')),
    constraint claim_span_check check (
        (span_start is null and span_end is null)
        or (article_id is not null and span_start between 0 and span_end)),
    constraint claim_text_check check (length(trim(text)) > 0)
);
create index claim_event_idx on claim (event_id);
create index claim_speaker_idx on claim (speaker_actor_id);
create index claim_article_idx on claim (article_id);
create index claim_verdict_idx on claim (verdict);
create index claim_search_idx on claim using gin (search);

create table claim_contradiction (
    claim_id        bigint not null references claim (id) on delete cascade,
    contradicted_id bigint not null references claim (id) on delete cascade,
    primary key (claim_id, contradicted_id),
    constraint claim_contradiction_self_check check (claim_id <> contradicted_id)
);
create index claim_contradiction_contradicted_idx on claim_contradiction (contradicted_id);

create table counter_source (
    id         bigint primary key,
    claim_id   bigint not null references claim (id) on delete cascade,
    article_id bigint references article (id),
    url        varchar(2000),
    title      varchar(1000),
    quote      text   not null,
    constraint counter_source_target_check check (article_id is not null or url is not null)
);
create index counter_source_claim_idx on counter_source (claim_id);

create table evidence (
    id         bigint primary key,
    article_id bigint      not null references article (id) on delete cascade,
    span_start integer     not null,
    span_end   integer     not null,
    sentence   text        not null,
    kind       varchar(16) not null,
    actor_id   bigint references actor (id) on delete cascade,
    event_id   bigint references event (id) on delete cascade,
    claim_id   bigint references claim (id) on delete cascade,
    constraint evidence_kind_check check (kind in ('ACTOR', 'EVENT', 'CLAIM')),
    constraint evidence_span_check check (span_start between 0 and span_end),
    constraint evidence_subject_check check (
        (kind = 'ACTOR' and actor_id is not null and event_id is null and claim_id is null)
        or (kind = 'EVENT' and event_id is not null and actor_id is null and claim_id is null)
        or (kind = 'CLAIM' and claim_id is not null and actor_id is null and event_id is null))
);
create index evidence_article_idx on evidence (article_id, span_start);
create index evidence_actor_idx on evidence (actor_id);
create index evidence_event_idx on evidence (event_id);
create index evidence_claim_idx on evidence (claim_id);
