/**
 * npm run inquiries:export [-- --out FILE | --out -]
 * Writes every stored inquiry to a CSV file for staff (default: DATA_DIR/exports/inquiries-<date>.csv, readable
 * by this user only, since it may hold health information). `--out -` prints to the terminal instead.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadContactConfig } from "../lib/contact/config";
import { csvRow } from "../lib/contact/csv";
import { openInquiryStore } from "../lib/contact/store";

const COLUMNS = ["reference", "received (UTC)", "name", "email", "phone", "contact method", "office", "heard from", "message", "staff emailed (UTC)"];

const outFlag = process.argv.indexOf("--out");
const config = loadContactConfig();
const store = openInquiryStore(config.dataDir);
try {
  const sentAt = new Map(store.outboxState().map((row) => [row.reference, row.sentAt]));
  const iso = (time: number | null | undefined) => (time ? new Date(time).toISOString() : "");
  const inquiries = store.allInquiries();
  const csv =
    csvRow(COLUMNS) +
    inquiries
      .map((inquiry) => csvRow([inquiry.reference, iso(inquiry.createdAt), inquiry.name, inquiry.email, inquiry.phone, inquiry.contactMethod, inquiry.office, inquiry.heardFrom, inquiry.message, iso(sentAt.get(inquiry.reference))]))
      .join("");
  const out = outFlag > -1 ? process.argv[outFlag + 1] : path.join(config.dataDir, "exports", `inquiries-${new Date().toISOString().slice(0, 10)}.csv`);
  if (!out) throw new Error("--out needs a file name, or - to print the CSV here");
  if (out === "-") {
    process.stdout.write(csv);
  } else {
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, csv, { mode: 0o600 });
    console.log(`Exported ${inquiries.length} inquiries to ${out}. It may hold health information: keep it private and delete it when done.`);
  }
} finally {
  store.close();
}
