/**
 * npm run staff:secret
 * Makes sure staff sign-in has its secret: writes BETTER_AUTH_SECRET to .env.local (readable by this user only),
 * which `npm start` and these scripts read. On a database set up before the secret moved out of it, the secret
 * written is the database's own, so everyone's authenticator keeps working; otherwise it is a new random one.
 * Does nothing when the secret is already set.
 */
import { randomBytes } from "node:crypto";
import { appendFileSync, chmodSync, existsSync } from "node:fs";
import path from "node:path";
// A CommonJS bundle whose named exports Node cannot see from an ES module.
import nextEnv from "@next/env";
import { getContactService } from "../lib/contact/service";
import { AUTH_SECRET_VARIABLE, hasEncryptedAuthData, storedAuthSecret } from "../lib/staff/auth-secret";

const envFile = path.resolve(".env.local");

try {
  nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
  if (process.env[AUTH_SECRET_VARIABLE]) {
    console.log(`${AUTH_SECRET_VARIABLE} is already set; nothing to do.`);
  } else {
    const { db } = (await getContactService()).store;
    const stored = await storedAuthSecret(db);
    const keepStored = stored !== undefined && (await hasEncryptedAuthData(db));
    const secret = keepStored ? stored : randomBytes(32).toString("base64url");
    const existed = existsSync(envFile);
    appendFileSync(envFile, `${existed ? "\n" : ""}${AUTH_SECRET_VARIABLE}=${secret}\n`, { mode: 0o600 });
    chmodSync(envFile, 0o600);
    console.log(
      `Wrote ${AUTH_SECRET_VARIABLE} to ${envFile} (${keepStored ? "the secret this database already used, so every authenticator keeps working" : "a new random secret"}). ` +
        "Keep a copy somewhere safe apart from the backups: without it, nobody can finish signing in. Start the server now; it removes the old copy from the database.",
    );
  }
  process.exit(0);
} catch (error) {
  console.error(`The secret was not set: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
