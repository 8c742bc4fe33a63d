/**
 * npm run inquiries:purge
 * Deletes inquiries older than RETENTION_DAYS (default 180) whose staff email has gone out. Unsent ones are
 * kept, and counted, so retention never loses an inquiry nobody has seen. Run it daily, e.g. from cron.
 */
import { loadContactConfig } from "../lib/contact/config";
import { openInquiryStore } from "../lib/contact/store";

const config = loadContactConfig();
const store = await openInquiryStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
try {
  const cutoff = Date.now() - config.retentionDays * 24 * 60 * 60 * 1000;
  const { deleted, keptUnsent } = await store.purgeOlderThan(cutoff);
  console.log(
    `Deleted ${deleted} inquiries received before ${new Date(cutoff).toISOString().slice(0, 10)} (RETENTION_DAYS=${config.retentionDays}).`,
  );
  if (keptUnsent > 0)
    console.warn(`Kept ${keptUnsent} older inquiries whose staff email has not gone out yet: check the SMTP settings.`);
} finally {
  await store.close();
}
