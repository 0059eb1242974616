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

-- One job per file of a queued import run: the file's bytes (dropped once it is done) and
-- what the manifest says of it, or why it was refused before it was read. Any worker
-- takes it; its line in the report names it, so it is reported once.
create sequence import_job_seq;
create table import_job (
    id              bigint primary key,
    run_id          bigint        not null references import_run (id) on delete cascade,
    position        integer       not null,
    file_name       varchar(500)  not null,
    content         bytea,
    refusal         text,
    entry_file      text,
    entry_outlet    text,
    entry_url       text,
    entry_published date,
    entry_title     text,
    constraint import_job_position_key unique (run_id, position)
);

alter table import_file add column job_id bigint references import_job (id) on delete set null;
alter table import_file add column worker varchar(200);
create unique index import_file_job_id_key on import_file (job_id);

-- The queue the workers take jobs from: db-scheduler's table, as its PostgreSQL schema
-- has it.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
