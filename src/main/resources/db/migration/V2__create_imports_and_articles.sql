create sequence import_run_seq increment by 1;
create sequence import_file_seq increment by 50;
create sequence article_seq increment by 50;
create sequence evidence_seq increment by 50;

create table import_run (
    id           bigint primary key,
    started_by   varchar(64) not null,
    triggered_by varchar(16) not null,
    status       varchar(16) not null,
    queued_at    timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz,
    files_total  integer     not null default 0,
    message      text,
    version      bigint      not null default 0,
    constraint import_run_trigger_check check (triggered_by in ('STARTUP', 'ADMIN', 'UPLOAD', 'CLI')),
    constraint import_run_status_check check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);

create table article (
    id                 bigint primary key,
    source_key         varchar(500)  not null,
    outlet             varchar(200),
    title              varchar(1000),
    url                varchar(2000),
    published_on       date,
    published_source   varchar(16)   not null default 'UNKNOWN',
    body               text          not null,
    content_hash       varchar(64)   not null,
    derived_from_id    bigint references article (id) on delete set null,
    last_import_run_id bigint references import_run (id) on delete set null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    constraint article_source_key_key unique (source_key),
    constraint article_published_source_check
        check (published_source in ('MANIFEST', 'METADATA', 'TEXT', 'EDITOR', 'UNKNOWN')),
    constraint article_published_known_check
        check ((published_on is null) = (published_source = 'UNKNOWN')),
    constraint article_not_derived_from_itself check (derived_from_id <> id)
);
create index article_published_on_idx on article (published_on);
create index article_outlet_idx on article (outlet);

create table import_file (
    id           bigint primary key,
    run_id       bigint       not null references import_run (id) on delete cascade,
    file_name    varchar(500) not null,
    outcome      varchar(16)  not null,
    reason       text,
    article_id   bigint references article (id) on delete set null,
    actors_found integer      not null default 0,
    events_found integer      not null default 0,
    claims_found integer      not null default 0,
    kept_edits   integer      not null default 0,
    notes        text,
    constraint import_file_outcome_check check (outcome in ('CREATED', 'UPDATED', 'UNCHANGED', 'FAILED')),
    constraint import_file_reason_check check (outcome <> 'FAILED' or reason is not null)
);
create index import_file_run_idx on import_file (run_id);
