/**
 * npm run inquiries:purge
 * Deletes inquiries older than RETENTION_DAYS (default 180), with their notes and notifications, whether or not
 * their staff email went out; audit entries stay. The server does this by itself at start and daily; this is the
 * same purge, run by hand.
 */
import { loadContactConfig } from "../lib/contact/config";
import { retentionCutoff } from "../lib/inquiries/retention";
import { openInquiryStore } from "../lib/inquiries/store";

const config = loadContactConfig();
const store = await openInquiryStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
try {
  const cutoff = retentionCutoff(Date.now(), config.retentionDays);
  const { deleted } = await store.purgeOlderThan(cutoff);
  console.log(
    `Deleted ${deleted} inquiries received before ${new Date(cutoff).toISOString().slice(0, 10)} (RETENTION_DAYS=${config.retentionDays}).`,
  );
} finally {
  await store.close();
}
