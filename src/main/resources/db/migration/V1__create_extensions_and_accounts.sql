-- Accent-insensitive alias lookup and fuzzy matching.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; an IMMUTABLE wrapper with an explicit dictionary can be indexed.
create or replace function newsline_fold(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create sequence account_seq increment by 50;

create table account (
    id            bigint primary key,
    username      varchar(64)  not null,
    password_hash varchar(255) not null,
    role          varchar(16)  not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint account_username_key unique (username),
    constraint account_role_check check (role in ('EDITOR', 'ADMIN')),
    constraint account_username_check check (length(username) between 1 and 64)
);
