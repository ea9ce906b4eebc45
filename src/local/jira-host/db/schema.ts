/** Version of the emulator's database layout; a file with another version is refused, not guessed at. */
export const SCHEMA_VERSION = 1;

/** The emulator's tables: the site (users, projects, fields, workflow) and its issues. */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
  account_id TEXT PRIMARY KEY,
  email TEXT,
  display_name TEXT NOT NULL,
  account_type TEXT NOT NULL,
  role TEXT NOT NULL,
  token_hash TEXT,
  time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
  locale TEXT NOT NULL DEFAULT 'en_US'
);
CREATE TABLE IF NOT EXISTS projects (id TEXT PRIMARY KEY, key TEXT UNIQUE NOT NULL, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fields (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS issue_types (id TEXT PRIMARY KEY, name TEXT UNIQUE NOT NULL, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS statuses (id TEXT PRIMARY KEY, name TEXT UNIQUE NOT NULL, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS link_types (id TEXT PRIMARY KEY, name TEXT UNIQUE NOT NULL, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS issues (
  id INTEGER PRIMARY KEY,
  key TEXT UNIQUE NOT NULL,
  project_key TEXT NOT NULL,
  issue_type TEXT NOT NULL,
  status TEXT NOT NULL,
  status_category TEXT NOT NULL,
  resolution TEXT,
  created INTEGER NOT NULL,
  updated INTEGER NOT NULL,
  resolved INTEGER,
  reporter TEXT,
  assignee TEXT,
  parent_key TEXT,
  fields TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS issues_project ON issues (project_key, id);
CREATE INDEX IF NOT EXISTS issues_updated ON issues (updated);
CREATE TABLE IF NOT EXISTS comments (
  id INTEGER PRIMARY KEY,
  issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
  created INTEGER NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS comments_issue ON comments (issue_id, created);
CREATE TABLE IF NOT EXISTS histories (
  id INTEGER PRIMARY KEY,
  issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
  created INTEGER NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS histories_issue ON histories (issue_id, created);
CREATE TABLE IF NOT EXISTS issue_properties (
  issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (issue_id, key)
);
CREATE TABLE IF NOT EXISTS issue_links (
  id INTEGER PRIMARY KEY,
  type_id TEXT NOT NULL REFERENCES link_types (id),
  inward_issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
  outward_issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS sequences (name TEXT PRIMARY KEY, next INTEGER NOT NULL);
`;
