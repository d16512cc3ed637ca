--liquibase formatted sql

--changeset monitoring:006-project-goal-grants
-- A project's goals are added and removed, never changed (the isolation tests now read each right on its own).
revoke update on monitoring.funded_project_goal from ${appRole};
