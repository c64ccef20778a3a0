-- Clause Lens worker schema. Every tenant-owned row carries org_id; every query filters on it.
-- Versioned rows carry `version` (the ETag) and `write_id` (marks the batch that last wrote the row,
-- so follow-up statements in the same batch run only when the guarded UPDATE actually applied).

CREATE TABLE orgs (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('buyer', 'vendor', 'both')),
  platform INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  write_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE tokens (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  org_id TEXT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  hash TEXT NOT NULL UNIQUE,
  rate_limit INTEGER,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX tokens_org ON tokens (org_id, seq);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  org_id TEXT NOT NULL,
  token_id TEXT NOT NULL,
  action TEXT NOT NULL,
  resource TEXT NOT NULL,
  resource_id TEXT NOT NULL,
  version INTEGER,
  at TEXT NOT NULL
);
CREATE INDEX audit_org ON audit_log (org_id, seq);

-- org_id NULL = the global default library (seeded, read-only through the API).
CREATE TABLE clauses (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  org_id TEXT REFERENCES orgs(id) ON DELETE CASCADE,
  lang TEXT NOT NULL CHECK (lang IN ('ja', 'en')),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  requirement_ids TEXT NOT NULL DEFAULT '[]',
  tags TEXT NOT NULL DEFAULT '[]',
  version INTEGER NOT NULL DEFAULT 1,
  write_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX clauses_org ON clauses (org_id, seq);

-- Requirement ids and tags as rows, so filters use an index instead of scanning JSON.
CREATE TABLE clause_terms (
  clause_seq INTEGER NOT NULL REFERENCES clauses(seq) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('req', 'tag')),
  value TEXT NOT NULL,
  PRIMARY KEY (kind, value, clause_seq)
);
CREATE INDEX clause_terms_clause ON clause_terms (clause_seq);

CREATE TABLE clause_versions (
  clause_seq INTEGER NOT NULL REFERENCES clauses(seq) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  lang TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  requirement_ids TEXT NOT NULL,
  tags TEXT NOT NULL,
  token_id TEXT,
  at TEXT NOT NULL,
  PRIMARY KEY (clause_seq, version)
);

-- Trigram tokenizer: substring search that works for Japanese (no word boundaries).
CREATE VIRTUAL TABLE clauses_fts USING fts5(
  title, body, content='clauses', content_rowid='seq', tokenize='trigram'
);
CREATE TRIGGER clauses_ai AFTER INSERT ON clauses BEGIN
  INSERT INTO clauses_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
CREATE TRIGGER clauses_ad AFTER DELETE ON clauses BEGIN
  INSERT INTO clauses_fts (clauses_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;
CREATE TRIGGER clauses_au AFTER UPDATE OF title, body ON clauses BEGIN
  INSERT INTO clauses_fts (clauses_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
  INSERT INTO clauses_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;

CREATE TABLE vendor_profiles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  org_id TEXT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  legal_name TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]',
  answers TEXT NOT NULL DEFAULT '{}',
  certifications TEXT NOT NULL DEFAULT '[]',
  version INTEGER NOT NULL DEFAULT 1,
  write_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX vendor_profiles_org ON vendor_profiles (org_id, seq);

-- Subcontracting edges: parent profile -> a registered profile (child_id) or just a name.
CREATE TABLE vendor_edges (
  parent_seq INTEGER NOT NULL REFERENCES vendor_profiles(seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  child_id TEXT,
  name TEXT NOT NULL,
  tier INTEGER NOT NULL,
  service TEXT NOT NULL,
  data_handled TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (parent_seq, position)
);
CREATE INDEX vendor_edges_child ON vendor_edges (child_id);

CREATE TABLE vendor_shares (
  profile_seq INTEGER NOT NULL REFERENCES vendor_profiles(seq) ON DELETE CASCADE,
  buyer_org_id TEXT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (profile_seq, buyer_org_id)
);
CREATE INDEX vendor_shares_buyer ON vendor_shares (buyer_org_id, profile_seq);

CREATE TABLE packs (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  org_id TEXT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  body TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  write_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX packs_org ON packs (org_id, seq);
