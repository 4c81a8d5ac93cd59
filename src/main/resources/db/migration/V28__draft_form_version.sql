-- A draft records the shape of its kind's form its JSON was written in, so a draft written before a field
-- was renamed is upgraded or refused with a message when read, never read with the field silently dropped.
-- Every draft stored so far was written in the first shape of its form.
alter table content_draft add column form_version integer not null default 1;
