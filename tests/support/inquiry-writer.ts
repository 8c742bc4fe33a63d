/**
 * Stands in for the running site in the backup test: marks DATA_DIR as served by this process, then stores
 * inquiries in a loop and prints each reference once its transaction has committed (= acknowledged to a visitor).
 * Usage: node --conditions=react-server --import tsx tests/support/inquiry-writer.ts DATA_DIR
 */
import { openInquiryStore } from "../../lib/inquiries/store";
import { markServerRunning } from "../../lib/store/server-lock";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("Give the DATA_DIR to write to: tests/support/inquiry-writer.ts DATA_DIR");
const store = await openInquiryStore(dataDir);
markServerRunning(dataDir);
let count = 0;
async function writeSome() {
  for (let i = 0; i < 20; i++, count++) {
    const { reference } = await store.saveInquiry(
      {
        name: `Writer ${count}`,
        email: `writer-${count}@example.org`,
        phone: "",
        contactMethod: "email",
        office: "encino",
        heardFrom: "",
        message: `message ${count}`,
        consent: true,
      },
      `writer-${process.pid}-${count}`,
      "writer",
      Date.now(),
    );
    process.stdout.write(`${reference}\n`);
  }
  setImmediate(() => void writeSome());
}
void writeSome();
