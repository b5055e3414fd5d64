/**
 * The SQL the SQLite store runs, prepared once per connection. Bodies and records longer than
 * the store ever writes come back as NULL, so that a planted giant row costs no memory to refuse.
 */
import type { Database } from './sqlite-database.js';

/** An object row as read: `body` is null when it is over the limit passed as the first parameter. */
export interface ObjectRow {
  readonly name: string;
  readonly mac: string;
  readonly body: string | null;
}

const BOUNDED_BODY = 'name, mac, CASE WHEN length(body) <= ? THEN body END AS body';
const BOUNDED_RECORD = 'seq, CASE WHEN length(record) <= ? THEN record END AS record';

/** The statement types are better-sqlite3's own, inferred. */
export function statements(db: Database) {
  return {
    meta: db.prepare('SELECT * FROM meta WHERE id = 1'),
    schemaVersion: db.prepare('PRAGMA schema_version').pluck(),
    insertMeta: db.prepare(`INSERT INTO meta (id, format, vault_id, key_id, data_key, generation, recoverable_days, anchor, object_index, mac)
      VALUES (1, @format, @vault_id, @key_id, @data_key, @generation, @recoverable_days, @anchor, @object_index, @mac)`),
    updateMeta: db.prepare(`UPDATE meta SET format = @format, vault_id = @vault_id, key_id = @key_id, data_key = @data_key, generation = @generation,
      recoverable_days = @recoverable_days, anchor = @anchor, object_index = @object_index, mac = @mac WHERE id = 1`),
    getObject: db.prepare(`SELECT ${BOUNDED_BODY} FROM objects WHERE type = ? AND name = ?`),
    listObjects: db.prepare(`SELECT ${BOUNDED_BODY} FROM objects WHERE type = ? ORDER BY name`),
    listPrefix: db.prepare(`SELECT ${BOUNDED_BODY} FROM objects WHERE type = ? AND name >= ? AND name < ? ORDER BY name`),
    allMacs: db.prepare('SELECT type, name, mac FROM objects'),
    /** A type's rows as one text each, MAC (base64: no newline) first: a third of the cost of a row object each. */
    typeMacs: db.prepare("SELECT mac || char(10) || name FROM objects WHERE type = ?").pluck(),
    putObject: db.prepare('INSERT INTO objects (type, name, mac, body) VALUES (?, ?, ?, ?) ON CONFLICT (type, name) DO UPDATE SET mac = excluded.mac, body = excluded.body'),
    deleteObject: db.prepare('DELETE FROM objects WHERE type = ? AND name = ?'),
    lastAudit: db.prepare(`SELECT ${BOUNDED_RECORD} FROM audit ORDER BY seq DESC LIMIT 1`),
    auditAt: db.prepare(`SELECT ${BOUNDED_RECORD} FROM audit WHERE seq = ?`),
    auditPage: db.prepare(`SELECT ${BOUNDED_RECORD} FROM audit WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?`),
    insertAudit: db.prepare('INSERT INTO audit (seq, record) VALUES (?, ?)'),
  };
}

export type Statements = ReturnType<typeof statements>;
