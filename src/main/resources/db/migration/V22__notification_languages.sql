-- The language each person reads their mail in: set when they switch the portal's language or sign in, and
-- chosen on /account/notifications. Null until known (mail then goes in the language of the page that caused
-- it, or in French).
alter table account add column language varchar(2);
alter table account add constraint account_language check (language in ('fr', 'en'));

-- The contact given in a hosting request may have no account: their mail follows the language of the page the
-- request was made on.
alter table thirdplace_hosting_request add column language varchar(2);
alter table thirdplace_hosting_request add constraint thirdplace_hosting_request_language check (language in ('fr', 'en'));
