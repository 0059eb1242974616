-- A generated password (the first admin's, a new account's, a reset) works for one sign-in:
-- the next page its owner sees asks for a password of their own.
alter table account add column password_change_required boolean not null default false;
