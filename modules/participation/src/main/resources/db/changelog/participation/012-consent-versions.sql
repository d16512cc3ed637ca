--liquibase formatted sql

--changeset participation:012-consent-versions splitStatements:false
-- Every contribution records the version of the consent text in force when it was made (ideas set
-- it themselves, from the form the author read, see JooqIdeas). For the other contributions the
-- database fills it in, so no write path can forget it: the municipality's newest published text,
-- else the platform's default version (Consents.DEFAULT, '2026-11-01'). Changing a rating or vote
-- records the version in force at that change.
create function participation.record_consent_version() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' or new is distinct from old then
        new.consent_version := coalesce(
            (select version from participation.consent_text
              where tenant_id = new.tenant_id order by published_at desc, version desc limit 1),
            '2026-11-01');
    end if;
    return new;
end $$;

alter table participation.idea_comment add column consent_version text not null default '2026-11-01';
alter table participation.workshop_registration add column consent_version text not null default '2026-11-01';
alter table participation.questionnaire_response add column consent_version text not null default '2026-11-01';
alter table participation.rating add column consent_version text not null default '2026-11-01';
alter table participation.vote add column consent_version text not null default '2026-11-01';
alter table participation.goal_suggestion add column consent_version text not null default '2026-11-01';

create trigger consent_version before insert on participation.idea_comment
    for each row execute function participation.record_consent_version();
create trigger consent_version before insert on participation.workshop_registration
    for each row execute function participation.record_consent_version();
create trigger consent_version before insert on participation.questionnaire_response
    for each row execute function participation.record_consent_version();
create trigger consent_version before insert or update of relevance, feasibility, comment on participation.rating
    for each row execute function participation.record_consent_version();
create trigger consent_version before insert or update of choice on participation.vote
    for each row execute function participation.record_consent_version();
create trigger consent_version before insert on participation.goal_suggestion
    for each row execute function participation.record_consent_version();
