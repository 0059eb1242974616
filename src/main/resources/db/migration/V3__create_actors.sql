create sequence actor_seq increment by 50;
create sequence actor_alias_seq increment by 50;

create table actor (
    id             bigint primary key,
    slug           varchar(200) not null,
    name           varchar(300) not null,
    kind           varchar(16)  not null,
    description    varchar(500),
    origin         varchar(16)  not null,
    edited         boolean      not null default false,
    merged_into_id bigint references actor (id),
    created_at     timestamptz  not null,
    version        bigint       not null default 0,
    constraint actor_slug_key unique (slug),
    constraint actor_kind_check check (kind in ('PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP')),
    constraint actor_origin_check check (origin in ('IMPORT', 'EDITOR')),
    constraint actor_name_check check (length(trim(name)) > 0),
    constraint actor_not_merged_into_itself check (merged_into_id <> id)
);
create index actor_name_fold_idx on actor using gin (newsline_fold(name) gin_trgm_ops);

create table actor_alias (
    id        bigint primary key,
    actor_id  bigint       not null references actor (id) on delete cascade,
    name      varchar(300) not null,
    match_key varchar(300) not null,
    origin    varchar(16)  not null,
    constraint actor_alias_unique_name unique (actor_id, name),
    constraint actor_alias_origin_check check (origin in ('IMPORT', 'EDITOR')),
    constraint actor_alias_key_check check (length(match_key) > 0)
);
create index actor_alias_match_key_idx on actor_alias (match_key);
create index actor_alias_fold_trgm_idx on actor_alias using gin (newsline_fold(name) gin_trgm_ops);

-- Slugs an actor was known by before a rename or a merge: they answer with a redirect.
create table actor_former_slug (
    slug     varchar(200) primary key,
    actor_id bigint not null references actor (id) on delete cascade
);
