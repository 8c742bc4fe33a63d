/**
 * npm run restore -- FILE
 * Puts a backup (made by npm run backup) in place of the inquiry database in DATA_DIR, after checking its integrity
 * and schema version, and erases from it again every inquiry erased at a visitor's request (the erasure ledger).
 * Refuses while the site runs: stop it, restore, start it.
 */
import { loadContactConfig } from "../lib/contact/config";
import { databaseFile } from "../lib/store/database";
import { SCHEMA_VERSION } from "../lib/store/migrations";
import { BEFORE_RESTORE_KEPT_DAYS, POSTGRES_BACKUP_HINT, RestoreRefused, restoreDatabase } from "../lib/store/backup";

const file = process.argv[2];
try {
  if (!file) throw new RestoreRefused("Say which backup to restore: npm run restore -- DATA_DIR/backups/<time>.sqlite");
  const { dataDir, databaseUrl } = loadContactConfig();
  if (databaseUrl) throw new RestoreRefused(POSTGRES_BACKUP_HINT);
  const { schemaVersion, replaced, erasedAgain, ledgerUnreadable } = await restoreDatabase(dataDir, file);
  console.log(
    `Restored ${file} into ${databaseFile(dataDir)} (schema version ${schemaVersion}${schemaVersion < SCHEMA_VERSION ? `, upgraded to ${SCHEMA_VERSION}` : ""}).`,
  );
  console.log(`Erased again ${erasedAgain} inquiries in the backup that had been erased at a visitor's request.`);
  if (ledgerUnreadable)
    console.warn(
      `The erasure list of the database it replaced could not be read (${ledgerUnreadable}), so inquiries erased after this backup was made may be back: find the inquiry-deleted entries in the audit log since the backup's date and erase those inquiries again.`,
    );
  if (replaced)
    console.log(
      `The database it replaced is kept as ${replaced} and deleted after ${BEFORE_RESTORE_KEPT_DAYS} days; delete it sooner once the site works as expected.`,
    );
  console.log("Start the site now.");
} catch (error) {
  // Refused: nothing was changed. Failed: something unexpected (e.g. a full disk); DATA_DIR is as the message says.
  console.error(
    `Restore ${error instanceof RestoreRefused || !(error instanceof Error) ? "refused" : "failed"}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
