/**
 * npm run restore -- FILE
 * Puts a backup (made by npm run backup) in place of the inquiry database in DATA_DIR, after checking its integrity
 * and schema version. Refuses while the site runs: stop it, restore, start it.
 */
import { loadContactConfig } from "../lib/contact/config";
import { databaseFile } from "../lib/store/database";
import { SCHEMA_VERSION } from "../lib/store/migrations";
import { POSTGRES_BACKUP_HINT, RestoreRefused, restoreDatabase } from "../lib/store/backup";

const file = process.argv[2];
try {
  if (!file) throw new RestoreRefused("Say which backup to restore: npm run restore -- DATA_DIR/backups/<time>.sqlite");
  const { dataDir, databaseUrl } = loadContactConfig();
  if (databaseUrl) throw new RestoreRefused(POSTGRES_BACKUP_HINT);
  const { schemaVersion, replaced } = restoreDatabase(dataDir, file);
  console.log(
    `Restored ${file} into ${databaseFile(dataDir)} (schema version ${schemaVersion}${schemaVersion < SCHEMA_VERSION ? `; the site upgrades it to ${SCHEMA_VERSION} when it starts` : ""}).`,
  );
  if (replaced)
    console.log(`The database it replaced is kept as ${replaced}: delete it once the site works as expected.`);
  console.log("Start the site now.");
} catch (error) {
  // Refused: nothing was changed. Failed: something unexpected (e.g. a full disk); DATA_DIR is as the message says.
  console.error(
    `Restore ${error instanceof RestoreRefused || !(error instanceof Error) ? "refused" : "failed"}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
