import "server-only";
import type { Kysely } from "kysely";
import type { Database, StoreDialect } from "./schema";
import { writeTransaction } from "./transaction";

/** Adds an erased inquiry's reference to the ledger; call it in the transaction that erases the inquiry. */
export async function recordErasure(transaction: Kysely<Database>, reference: string, now: number) {
  await transaction
    .insertInto("erasures")
    .values({ reference, erased_at: now })
    .onConflict((conflict) => conflict.column("reference").doNothing())
    .execute();
}

/** The whole ledger, oldest first, to carry from a database being replaced into its replacement. */
export const readErasures = (db: Kysely<Database>) =>
  db.selectFrom("erasures").select(["reference", "erased_at"]).orderBy("erased_at").orderBy("reference").execute();

// Well under SQLite's limit on values in one statement.
const ROWS_PER_INSERT = 500;

/**
 * Erases again every inquiry the ledger names, with its notes and its notification, after adding `carried` (the
 * ledger of a database this one replaces) to it. A restored copy may hold inquiries erased since it was made.
 * Returns how many inquiries were deleted.
 */
export function reapplyErasures(
  db: Kysely<Database>,
  dialect: StoreDialect,
  carried: Database["erasures"][] = [],
): Promise<number> {
  return writeTransaction(db, dialect, async (transaction) => {
    for (let start = 0; start < carried.length; start += ROWS_PER_INSERT)
      await transaction
        .insertInto("erasures")
        .values(carried.slice(start, start + ROWS_PER_INSERT))
        .onConflict((conflict) => conflict.column("reference").doNothing())
        .execute();
    await transaction
      .deleteFrom("inquiry_notes")
      .where("inquiry_id", "in", (eb) =>
        eb.selectFrom("inquiries").select("id").where("reference", "in", eb.selectFrom("erasures").select("reference")),
      )
      .execute();
    await transaction
      .deleteFrom("outbox")
      .where("inquiry_id", "in", (eb) =>
        eb.selectFrom("inquiries").select("id").where("reference", "in", eb.selectFrom("erasures").select("reference")),
      )
      .execute();
    const deleted = await transaction
      .deleteFrom("inquiries")
      .where("reference", "in", (eb) => eb.selectFrom("erasures").select("reference"))
      .executeTakeFirst();
    return Number(deleted.numDeletedRows);
  });
}
