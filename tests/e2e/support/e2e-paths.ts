import path from "node:path";

/** Where the end-to-end server keeps what tests inspect afterwards: its database, its log and the mail it sent. */
export const E2E_DIR = path.resolve(".e2e");
export const E2E_DATA_DIR = path.join(E2E_DIR, "data");
export const E2E_MAIL_DIR = path.join(E2E_DIR, "mail");
export const E2E_SERVER_LOG = path.join(E2E_DIR, "server.log");
/** Every outbound connection and name lookup the server attempted (support/record-connections.cjs). */
export const E2E_CONNECTIONS_LOG = path.join(E2E_DIR, "connections.log");
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3125);

/** The staff side is visited by host name: WebAuthn refuses an IP address as the relying party. */
export const E2E_STAFF_ORIGIN = `http://localhost:${E2E_PORT}`;
