-- Who may read an agreement: everyone signed in (PUBLIC: treaties and published agreements) or only its parties
-- and those who read everything (PARTIES: commercial terms of a tenant).
alter table organizations.agreement
    add column visibility text not null default 'PARTIES' check (visibility in ('PUBLIC', 'PARTIES'));
