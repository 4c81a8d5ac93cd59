-- Separation of duties (issue 19, item 5). An admin who creates an account, or gives one a role above
-- editor, is remembered on it, so an approval by that account of the admin's own draft can be marked
-- (a second account is not a second person). Once the site has two admins, a grant of reviewer or admin
-- waits on the account as requested_role until another admin approves it.
alter table app_account add column created_by varchar(60);
alter table app_account add column elevated_by varchar(60);
alter table app_account add column requested_role varchar(20);
alter table app_account add column requested_by varchar(60);

-- Set when the approver of a published draft is an account its drafter created or elevated.
alter table audit_revision add column approver_appointed_by_drafter boolean default false not null;
