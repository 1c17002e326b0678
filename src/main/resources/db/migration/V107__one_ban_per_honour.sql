-- Art 30, 32: an honour is revoked once, so it has at most one ban. Two revocation cases of the same honour
-- decided at the same moment (say, two founded complaints about an expired honour, whose own process no
-- longer conflicts) each passed the honour's "not yet revoked" check; this index makes the later one fail
-- whole (its ban, recall items and announcement rolled back) instead of recording a second ban.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

drop index ix_ban_honour;
create unique index ux_ban_honour on ban (honour_id);
