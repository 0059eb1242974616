-- Web sources: feeds polled on a schedule, and every article address Newsline was given or
-- found in a feed, with what became of it.

alter table import_run drop constraint import_run_trigger_check;
alter table import_run add constraint import_run_trigger_check
    check (triggered_by in ('STARTUP', 'ADMIN', 'UPLOAD', 'CLI', 'WEB', 'FEED'));

create sequence source_feed_seq increment by 1;
create sequence source_item_seq increment by 50;

create table source_feed (
    id              bigint primary key,
    url             varchar(500)  not null,
    title           varchar(300),
    poll_minutes    integer       not null,
    paused          boolean       not null default false,
    next_poll_at    timestamptz   not null,
    -- one poll per feed at a time across instances: the instance polling it holds the
    -- lease until it is done, or until the lease runs out if that instance died
    leased_by       varchar(100),
    lease_until     timestamptz,
    failures        integer       not null default 0,
    last_error      text,
    last_polled_at  timestamptz,
    last_success_at timestamptz,
    etag            varchar(500),
    last_modified   varchar(500),
    added_by        varchar(64)   not null,
    added_at        timestamptz   not null,
    constraint source_feed_url_key unique (url),
    constraint source_feed_poll_minutes_check check (poll_minutes between 5 and 1440)
);
create index source_feed_due_idx on source_feed (next_poll_at) where not paused;

create table source_item (
    id             bigint primary key,
    feed_id        bigint        references source_feed (id) on delete cascade,
    url            varchar(500)  not null,
    title          varchar(300),
    published_on   date,
    entry_updated  timestamptz,
    state          varchar(16)   not null,
    reason         text,
    article_key    varchar(500),
    body_hash      varchar(64),
    import_run_id  bigint        references import_run (id) on delete set null,
    outcome        varchar(16),
    added_by       varchar(64)   not null,
    first_seen_at  timestamptz   not null,
    fetched_at     timestamptz,
    lease_until    timestamptz,
    constraint source_item_state_check
        check (state in ('PENDING', 'IMPORTED', 'DUPLICATE', 'REFUSED', 'FAILED'))
);
create unique index source_item_feed_url_key on source_item (coalesce(feed_id, 0), url);
create index source_item_pending_idx on source_item (feed_id, id) where state = 'PENDING';
create index source_item_body_hash_idx on source_item (body_hash) where body_hash is not null;
