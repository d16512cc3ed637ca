--liquibase formatted sql

--changeset monitoring:007-yearly-report splitStatements:false
-- The yearly report (Bestandsaufnahme / Sachstandsbericht) of a concept edition for a year. A draft holds only the
-- staff's commentary (the data are read live); freezing stores the rendered result (HTML and PDF) once, and from then on
-- the report is immutable: only its release for the public site may still be recorded (once). edition_id belongs to the
-- concepts module (no foreign key across module schemas; the service checks it through the concepts API).
create table monitoring.yearly_report (
    tenant_id   uuid        not null references platform.tenant (id) on delete cascade,
    id          uuid        not null,
    edition_id  uuid        not null,
    year        integer     not null check (year between 1990 and 2100),
    created_by  uuid        references platform.user_account (id) on delete set null,
    created_at  timestamptz not null default now(),
    frozen_at   timestamptz,
    frozen_by   uuid        references platform.user_account (id) on delete set null,
    frozen_html text,
    frozen_pdf  bytea,
    released_at timestamptz,
    released_by uuid        references platform.user_account (id) on delete set null,
    primary key (tenant_id, id),
    -- One report per edition and year: a draft becomes the frozen report, and after freezing there is no new draft.
    unique (tenant_id, edition_id, year),
    check ((frozen_at is null) = (frozen_html is null) and (frozen_at is null) = (frozen_pdf is null)),
    check (released_at is null or frozen_at is not null)
);

-- Commentary of the staff per section: 'summary' or the id of a Handlungsfeld. Plain text, length-limited.
create table monitoring.yearly_report_comment (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    report_id  uuid        not null,
    section    text        not null check (section = 'summary' or section ~ '^[0-9a-f-]{36}$'),
    text       text        not null check (length(text) <= 4000),
    changed_by uuid        references platform.user_account (id) on delete set null,
    changed_at timestamptz not null default now(),
    primary key (tenant_id, report_id, section),
    foreign key (tenant_id, report_id) references monitoring.yearly_report (tenant_id, id) on delete cascade
);

-- A frozen report is immutable, whoever writes: its content and commentary cannot change and it cannot be deleted.
-- The only change left is recording the release (released_at/released_by from null, once). Deleting a whole tenant
-- (platform.tenant cascade) is the one exception, so the trigger lets a cascade from the tenant through.
create function monitoring.yearly_report_frozen_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.frozen_at is not null and pg_trigger_depth() = 1 then
            raise exception 'yearly report % is frozen and cannot be deleted', old.id using errcode = 'check_violation';
        end if;
        return old;
    end if;
    if old.frozen_at is not null and (new.tenant_id, new.id, new.edition_id, new.year, new.created_by, new.created_at, new.frozen_at,
            new.frozen_by, new.frozen_html, new.frozen_pdf) is distinct from (old.tenant_id, old.id, old.edition_id, old.year,
            old.created_by, old.created_at, old.frozen_at, old.frozen_by, old.frozen_html, old.frozen_pdf) then
        raise exception 'yearly report % is frozen and cannot be changed', old.id using errcode = 'check_violation';
    end if;
    if old.released_at is not null and (new.released_at, new.released_by) is distinct from (old.released_at, old.released_by) then
        raise exception 'yearly report % is already released', old.id using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger yearly_report_frozen before update or delete on monitoring.yearly_report
    for each row execute function monitoring.yearly_report_frozen_guard();

create function monitoring.yearly_report_comment_frozen_guard() returns trigger language plpgsql as $$
declare
    report_row record;
begin
    if tg_op = 'DELETE' and pg_trigger_depth() > 1 then
        return old;
    end if;
    select frozen_at into report_row from monitoring.yearly_report
        where tenant_id = coalesce(new.tenant_id, old.tenant_id) and id = coalesce(new.report_id, old.report_id);
    if report_row.frozen_at is not null then
        raise exception 'yearly report % is frozen: its commentary cannot change', coalesce(new.report_id, old.report_id)
            using errcode = 'check_violation';
    end if;
    if tg_op = 'UPDATE' and (new.tenant_id, new.report_id) is distinct from (old.tenant_id, old.report_id) then
        select frozen_at into report_row from monitoring.yearly_report where tenant_id = old.tenant_id and id = old.report_id;
        if report_row.frozen_at is not null then
            raise exception 'yearly report % is frozen: its commentary cannot change', old.report_id using errcode = 'check_violation';
        end if;
    end if;
    return coalesce(new, old);
end;
$$;
create trigger yearly_report_comment_frozen before insert or update or delete on monitoring.yearly_report_comment
    for each row execute function monitoring.yearly_report_comment_frozen_guard();

alter table monitoring.yearly_report enable row level security;
alter table monitoring.yearly_report force row level security;
create policy tenant_isolation on monitoring.yearly_report
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
alter table monitoring.yearly_report_comment enable row level security;
alter table monitoring.yearly_report_comment force row level security;
create policy tenant_isolation on monitoring.yearly_report_comment
    using (tenant_id = current_setting('app.tenant_id')::uuid)
    with check (tenant_id = current_setting('app.tenant_id')::uuid);
-- Reports are never deleted by the application; freezing and releasing are updates.
grant select, insert, update on monitoring.yearly_report to ${appRole};
-- Commentary is written by upsert; an emptied comment is stored as empty text, never deleted.
grant select, insert, update on monitoring.yearly_report_comment to ${appRole};
