-- A server's own language (issue: digests and challenge posts were always English).

-- The language the server's channel posts (weekly digest, challenge announcement, midpoint and result) are written
-- in, chosen with /coach setup language: (a tag such as es); NULL for English.
ALTER TABLE coach_servers ADD COLUMN language VARCHAR(16);
