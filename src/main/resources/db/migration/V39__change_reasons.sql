-- Why a change was made, in the drafter's words: the reviewer reads it with the draft (it travels in the
-- draft's form) and the change log keeps it with the revision that published it. Older revisions have none.
alter table audit_revision add column change_reason varchar(2000);
