create sequence event_seq increment by 50;
create sequence participation_seq increment by 50;
create sequence event_source_seq increment by 50;
create sequence tag_seq increment by 50;

create table event (
    id               bigint primary key,
    slug             varchar(200) not null,
    title            varchar(300) not null,
    summary          text         not null,
    date_start       date         not null,
    date_end         date         not null,
    date_precision   varchar(8)   not null,
    date_approximate boolean      not null default false,
    date_phrase      varchar(300),
    date_anchor      date,
    status           varchar(16)  not null,
    origin           varchar(16)  not null,
    edited           boolean      not null default false,
    merged_into_id   bigint references event (id),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    search           tsvector generated always as (
                         setweight(to_tsvector('english', coalesce(title, '')), 'A')
                         || setweight(to_tsvector('english', coalesce(summary, '')), 'B')) stored,
    constraint event_slug_key unique (slug),
    constraint event_precision_check check (date_precision in ('DAY', 'WEEK', 'MONTH', 'YEAR', 'RANGE')),
    constraint event_status_check check (status in ('UNREVIEWED', 'PUBLISHED', 'REJECTED', 'DRAFT')),
    constraint event_origin_check check (origin in ('IMPORT', 'EDITOR')),
    constraint event_dates_check check (date_end >= date_start),
    constraint event_day_check check (date_precision <> 'DAY' or date_end = date_start),
    constraint event_title_check check (length(trim(title)) > 0),
    constraint event_not_merged_into_itself check (merged_into_id <> id)
);
-- Keyset pagination of the timeline (newest or oldest first), per status.
create index event_timeline_idx on event (date_start, id);
create index event_status_timeline_idx on event (status, date_start, id);
create index event_search_idx on event using gin (search);

create table event_former_slug (
    slug     varchar(200) primary key,
    event_id bigint not null references event (id) on delete cascade
);

create table participation (
    id       bigint primary key,
    event_id bigint      not null references event (id) on delete cascade,
    actor_id bigint      not null references actor (id),
    role     varchar(40) not null,
    origin   varchar(16) not null,
    constraint participation_unique_key unique (event_id, actor_id),
    constraint participation_origin_check check (origin in ('IMPORT', 'EDITOR'))
);
create index participation_actor_idx on participation (actor_id);

create table tag (
    id   bigint primary key,
    slug varchar(100) not null,
    name varchar(100) not null,
    constraint tag_slug_key unique (slug)
);

create table event_tag (
    event_id bigint not null references event (id) on delete cascade,
    tag_id   bigint not null references tag (id) on delete cascade,
    primary key (event_id, tag_id)
);
create index event_tag_tag_idx on event_tag (tag_id);

create table event_source (
    id              bigint primary key,
    event_id        bigint      not null references event (id) on delete cascade,
    article_id      bigint references article (id),
    span_start      integer,
    span_end        integer,
    url             varchar(2000),
    outlet          varchar(200),
    title           varchar(1000),
    published_on    date,
    quote           text        not null,
    derived_from_id bigint references event_source (id) on delete set null,
    independent     boolean     not null default true,
    origin          varchar(16) not null,
    constraint event_source_origin_check check (origin in ('IMPORT', 'EDITOR')),
    constraint event_source_target_check check (
        (article_id is not null and span_start is not null and span_end is not null and span_start between 0 and span_end)
        or (article_id is null and url is not null and span_start is null and span_end is null)),
    constraint event_source_derivation_check check (derived_from_id is null or not independent)
);
create index event_source_event_idx on event_source (event_id);
create index event_source_article_idx on event_source (article_id);
