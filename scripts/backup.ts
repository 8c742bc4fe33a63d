/**
 * npm run backup
 * A consistent copy of the inquiry database, taken while the site runs, to DATA_DIR/backups/<UTC time>.sqlite
 * (readable by this user only; it holds every inquiry). Keeps the newest 14. Run it daily, e.g. from cron, and
 * copy the backups folder somewhere off this machine.
 */
import { loadContactConfig } from "../lib/contact/config";
import { BACKUPS_KEPT, backupDatabase, POSTGRES_BACKUP_HINT } from "../lib/store/backup";

try {
  const { dataDir, databaseUrl } = loadContactConfig();
  if (databaseUrl) throw new Error(POSTGRES_BACKUP_HINT);
  const { file, schemaVersion, removed } = await backupDatabase(dataDir);
  console.log(`Backed up the inquiry database to ${file} (schema version ${schemaVersion}, integrity checked).`);
  if (removed.length > 0) console.log(`Deleted ${removed.length} older backup(s), keeping the newest ${BACKUPS_KEPT}.`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
