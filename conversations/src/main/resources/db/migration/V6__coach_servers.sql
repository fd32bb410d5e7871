-- Coaches and their cohorts (issue 12). A server is a Discord guild (its id), or a server the console simulates by
-- name ('console:' and the name in lower case). Nothing here holds a member's notes: figures are read from the
-- other features' tables when a roster or digest is made, and only for members who chose to share.

-- One row per server a coach has set up.
CREATE TABLE coach_servers (
    server_id        VARCHAR(120)  NOT NULL PRIMARY KEY,
    name             VARCHAR(100)  NOT NULL,
    -- The coach role (a Discord role id, or a name in the console): who may see the roster.
    coach_role       VARCHAR(100)  NOT NULL DEFAULT '',
    -- Where the weekly digest goes (a Discord channel id, or a name in the console).
    channel          VARCHAR(100)  NOT NULL DEFAULT '',
    -- The digest's day (MONDAY ... SUNDAY), local time and the server's time zone.
    digest_day       VARCHAR(10)   NOT NULL,
    digest_time      TIME          NOT NULL,
    time_zone        VARCHAR(64)   NOT NULL,
    -- Whether the digest pings the coach role (off unless the coach asks for it).
    ping_role        BOOLEAN       NOT NULL DEFAULT FALSE,
    -- The cohort's defaults for its members: the usual meeting length and the days before a polite reminder.
    meeting_minutes  INTEGER       NOT NULL,
    reminder_days    INTEGER       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What each member chose to share with their server's coach: off, counts or named. A member in two servers has two
-- rows; no row means off.
CREATE TABLE coach_members (
    server_id    VARCHAR(120) NOT NULL REFERENCES coach_servers (server_id) ON DELETE CASCADE,
    user_id      VARCHAR(64)  NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    sharing      VARCHAR(8)   NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (server_id, user_id)
);
CREATE INDEX coach_members_by_user ON coach_members (user_id);

-- One row per weekly digest, claimed before it is posted: the key (server, week) makes it once,
-- across restarts and daylight saving changes. No figures are kept: the digest is made from the data when posted.
CREATE TABLE coach_digests (
    server_id    VARCHAR(120) NOT NULL REFERENCES coach_servers (server_id) ON DELETE CASCADE,
    -- The Monday of the week the digest covers, in the server's zone.
    week_of      DATE         NOT NULL,
    -- claimed (being posted, until lease_until), posted
    state        VARCHAR(10)  NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until  TIMESTAMP WITH TIME ZONE,
    attempts     INTEGER      NOT NULL DEFAULT 0,
    posted_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (server_id, week_of)
);
CREATE INDEX coach_digests_by_lease ON coach_digests (state, lease_until);
