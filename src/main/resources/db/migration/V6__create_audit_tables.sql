-- Hibernate Envers revision history of what editors change.
create sequence revision_seq increment by 1;

create table revision (
    id         bigint primary key,
    created_at timestamptz not null,
    username   varchar(64) not null
);

create table actor_aud (
    id             bigint   not null,
    rev            bigint   not null references revision (id),
    revtype        smallint,
    slug           varchar(200),
    name           varchar(300),
    kind           varchar(16),
    description    varchar(500),
    origin         varchar(16),
    edited         boolean,
    merged_into_id bigint,
    created_at     timestamptz,
    primary key (rev, id)
);

create table actor_alias_aud (
    id        bigint   not null,
    rev       bigint   not null references revision (id),
    revtype   smallint,
    actor_id  bigint,
    name      varchar(300),
    match_key varchar(300),
    origin    varchar(16),
    primary key (rev, id)
);

create table event_aud (
    id               bigint   not null,
    rev              bigint   not null references revision (id),
    revtype          smallint,
    slug             varchar(200),
    title            varchar(300),
    summary          text,
    date_start       date,
    date_end         date,
    date_precision   varchar(8),
    date_approximate boolean,
    date_phrase      varchar(300),
    date_anchor      date,
    status           varchar(16),
    origin           varchar(16),
    edited           boolean,
    merged_into_id   bigint,
    created_at       timestamptz,
    updated_at       timestamptz,
    primary key (rev, id)
);

create table participation_aud (
    id       bigint   not null,
    rev      bigint   not null references revision (id),
    revtype  smallint,
    event_id bigint,
    actor_id bigint,
    role     varchar(40),
    origin   varchar(16),
    primary key (rev, id)
);

create table tag_aud (
    id      bigint   not null,
    rev     bigint   not null references revision (id),
    revtype smallint,
    slug    varchar(100),
    name    varchar(100),
    primary key (rev, id)
);

create table event_tag_aud (
    rev      bigint   not null references revision (id),
    event_id bigint   not null,
    tag_id   bigint   not null,
    revtype  smallint,
    primary key (rev, event_id, tag_id)
);

create table event_source_aud (
    id              bigint   not null,
    rev             bigint   not null references revision (id),
    revtype         smallint,
    event_id        bigint,
    article_id      bigint,
    span_start      integer,
    span_end        integer,
    url             varchar(2000),
    outlet          varchar(200),
    title           varchar(1000),
    published_on    date,
    quote           text,
    derived_from_id bigint,
    independent     boolean,
    origin          varchar(16),
    primary key (rev, id)
);

create table claim_aud (
    id                bigint   not null,
    rev               bigint   not null references revision (id),
    revtype           smallint,
    event_id          bigint,
    speaker_actor_id  bigint,
    speaker_label     varchar(300),
    text              text,
    article_id        bigint,
    span_start        integer,
    span_end          integer,
    sentence          text,
    stated_on         date,
    hedge_cues        text[],
    verdict           varchar(16),
    verdict_rationale text,
    verdict_suggested boolean,
    status            varchar(16),
    origin            varchar(16),
    edited            boolean,
    created_at        timestamptz,
    updated_at        timestamptz,
    primary key (rev, id)
);

create table claim_contradiction_aud (
    rev             bigint   not null references revision (id),
    claim_id        bigint   not null,
    contradicted_id bigint   not null,
    revtype         smallint,
    primary key (rev, claim_id, contradicted_id)
);

create table counter_source_aud (
    id         bigint   not null,
    rev        bigint   not null references revision (id),
    revtype    smallint,
    claim_id   bigint,
    article_id bigint,
    url        varchar(2000),
    title      varchar(1000),
    quote      text,
    primary key (rev, id)
);
