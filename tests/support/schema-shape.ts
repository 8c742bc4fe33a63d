/**
 * What a database's schema is made of, read from the database itself (not from the statements that made it): each
 * table's columns with type, nullability, default and key, its indexes, foreign keys and triggers. Two databases
 * with equal shapes answer every query the same way.
 */
import { sql, type Kysely } from "kysely";
import type { Database, StoreDialect } from "@/lib/store/schema";

type Row = Record<string, unknown>;

async function sqliteShape(db: Kysely<Database>) {
  const tables = await sql<{
    name: string;
  }>`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(db);
  const shape: Record<string, unknown> = {};
  for (const { name } of tables.rows) {
    const columns =
      await sql<Row>`SELECT name, upper(type) AS type, "notnull", dflt_value, pk FROM pragma_table_info(${name}) ORDER BY cid`.execute(
        db,
      );
    const indexes = await sql<Row>`SELECT name, "unique", origin FROM pragma_index_list(${name}) ORDER BY name`.execute(
      db,
    );
    const indexed = [];
    for (const index of indexes.rows) {
      const parts = await sql<Row>`SELECT name FROM pragma_index_info(${index.name as string}) ORDER BY seqno`.execute(
        db,
      );
      // Automatic indexes (UNIQUE, PRIMARY KEY) are named by position; what matters is what they cover.
      indexed.push({
        name: index.origin === "c" ? index.name : index.origin,
        unique: index.unique,
        columns: parts.rows.map((part) => part.name),
      });
    }
    const foreignKeys =
      await sql<Row>`SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(${name})`.execute(db);
    shape[name] = {
      columns: columns.rows,
      indexes: indexed.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      foreignKeys: foreignKeys.rows,
    };
  }
  const triggers = await sql<{
    name: string;
  }>`SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name`.execute(db);
  return { tables: shape, triggers: triggers.rows.map((row) => row.name) };
}

async function postgresShape(db: Kysely<Database>) {
  const columns = await sql<Row>`SELECT table_name, column_name, data_type, is_nullable, column_default, is_identity
    FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`.execute(
    db,
  );
  const indexes =
    await sql<Row>`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY tablename, indexname`.execute(
      db,
    );
  const constraints =
    await sql<Row>`SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
    FROM pg_constraint WHERE connamespace = current_schema()::regnamespace ORDER BY 1, 2`.execute(db);
  const triggers = await sql<Row>`SELECT event_object_table, trigger_name, event_manipulation, action_timing
    FROM information_schema.triggers WHERE trigger_schema = current_schema() ORDER BY 1, 2, 3`.execute(db);
  // Index definitions name the schema; the shape is the same in any schema.
  const schema = (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(db)).rows[0]?.s ?? "";
  return {
    columns: columns.rows,
    indexes: indexes.rows.map((row) => ({ ...row, indexdef: String(row.indexdef).replaceAll(`${schema}.`, "") })),
    constraints: constraints.rows,
    triggers: triggers.rows,
  };
}

export const schemaShape = (db: Kysely<Database>, dialect: StoreDialect) =>
  dialect === "sqlite" ? sqliteShape(db) : postgresShape(db);
