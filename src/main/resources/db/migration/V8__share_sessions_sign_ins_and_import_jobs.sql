-- Web nodes keep nothing a request needs in their memory alone: signed-in sessions and
-- failed sign-ins live here, so any node knows them and a restart forgets neither.

-- Signed-in sessions, as Spring Session JDBC stores them (its schema for PostgreSQL).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Failed sign-ins per account and per client address, counted alike by every web node.
-- Rows a day past their last failure are swept, and so are the oldest beyond a bound.
create table sign_in_failure (
    kind         varchar(8)   not null,
    key          varchar(100) not null,
    failures     integer      not null,
    last_failure timestamptz  not null,
    constraint sign_in_failure_pk primary key (kind, key),
    constraint sign_in_failure_kind_check check (kind in ('ACCOUNT', 'ADDRESS'))
);
create index sign_in_failure_last_failure_idx on sign_in_failure (kind, last_failure);
