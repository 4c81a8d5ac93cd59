-- The hash of the last one-time password an account was given (by an admin, or at start-up), kept after
-- its owner chose their own, so that it cannot be chosen back (issue 19): somebody else knows it. Null for
-- accounts that never had one since this migration. Passwords are hashed in Unicode NFKC form from now
-- on; earlier hashes still verify (account/PasswordPolicy.matches).
alter table app_account add column one_time_password_hash varchar(255);
