-- Coaching in the user's language (issue 14).

-- The language the user chose with /settings language: (a tag such as es), or NULL for auto: follow Discord.
ALTER TABLE users ADD COLUMN language VARCHAR(16);
-- The Discord locale of the user's latest interaction (such as es-ES), so that the timer writes follow-ups, reminders
-- and digests in the language the user last used; NULL until one is seen (the console has none).
ALTER TABLE users ADD COLUMN discord_locale VARCHAR(16);
-- The language the user's session was last written in (a tag such as es): the reminder of a flow left open by someone
-- who has stored nothing else yet (no users row) is written in it.
ALTER TABLE sessions ADD COLUMN language VARCHAR(16);
