--liquibase formatted sql

--changeset publishing:005-site-settings-news-notify
-- Site settings (logo, colour, legal texts) and news are shown on the public pages too.
create trigger site_content_changed
    after insert or update or delete on publishing.site_settings
    for each row execute function publishing.notify_site_content_changed();
create trigger site_content_changed
    after insert or update or delete on publishing.news_item
    for each row execute function publishing.notify_site_content_changed();
