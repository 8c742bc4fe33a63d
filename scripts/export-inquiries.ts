/**
 * npm run inquiries:export [-- --out FILE | --out -]
 * Writes every stored inquiry to a CSV file for staff, the same CSV admins download in the inbox (default:
 * DATA_DIR/exports/inquiries-<date>.csv, readable by this user only, since it may hold health information; the
 * server deletes files there after EXPORTS_KEPT_DAYS). `--out -` prints to the terminal instead.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadContactConfig } from "../lib/contact/config";
import { openInquiryStore } from "../lib/inquiries/store";
import { createInboxStore } from "../lib/inquiries/inbox";
import { EXPORTS_KEPT_DAYS, exportsDir } from "../lib/store/backup";

const outFlag = process.argv.indexOf("--out");
const config = loadContactConfig();
const store = await openInquiryStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
try {
  const inbox = createInboxStore(store);
  const csv = await inbox.exportCsv();
  const count = (await inbox.list({ page: 1 })).total;
  const out =
    outFlag > -1
      ? process.argv[outFlag + 1]
      : path.join(exportsDir(config.dataDir), `inquiries-${new Date().toISOString().slice(0, 10)}.csv`);
  if (!out) throw new Error("--out needs a file name, or - to print the CSV here");
  if (out === "-") {
    process.stdout.write(csv);
  } else {
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, csv, { mode: 0o600 });
    console.log(
      `Exported ${count} inquiries to ${out}. It may hold health information: keep it private and delete it when done${path.dirname(path.resolve(out)) === exportsDir(config.dataDir) ? ` (the site deletes it after ${EXPORTS_KEPT_DAYS} days)` : ""}.`,
    );
  }
} finally {
  await store.close();
}
