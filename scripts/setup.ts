/**
 * npm run setup
 * Writes to .env.local (readable by this user only) what a production server needs and does not have yet, so that
 * `npm run build && npm start` works on a fresh machine. `npm start`, `npm run build` and these scripts read it.
 *   BETTER_AUTH_SECRET: staff sign-in's secret. On a database set up before the secret moved out of it, the
 *     database's own secret, so everyone's authenticator keeps working; otherwise a new random one.
 *   SITE_URL: http://localhost:3000, for trying the site on this machine. A real site sets its https:// address.
 * Never changes a setting that is already there.
 */
import { randomBytes } from "node:crypto";
import { appendFileSync, chmodSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
// A CommonJS bundle whose named exports Node cannot see from an ES module.
import nextEnv from "@next/env";
import { loadContactConfig } from "../lib/contact/config";
import { openDatabase } from "../lib/store/database";
import { AUTH_SECRET_VARIABLE, hasEncryptedAuthData, storedAuthSecret } from "../lib/staff/auth-secret";
import { configuredSiteUrl, LOCAL_SITE_URL } from "../lib/seo/site-url";

const envFile = path.resolve(".env.local");

async function signInSecret(): Promise<{ value: string; why: string }> {
  // The database alone, not the site's services: this runs before the first build, when no content is built yet.
  const { dataDir, databaseUrl } = loadContactConfig();
  const { db } = await openDatabase({ dataDir, databaseUrl });
  try {
    const stored = await storedAuthSecret(db);
    if (stored !== undefined && (await hasEncryptedAuthData(db)))
      return { value: stored, why: "the secret this database already used, so every authenticator keeps working" };
    return { value: randomBytes(32).toString("base64url"), why: "a new random secret" };
  } finally {
    await db.destroy();
  }
}

try {
  nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
  const lines: string[] = [];
  if (process.env[AUTH_SECRET_VARIABLE]) console.log(`${AUTH_SECRET_VARIABLE} is already set; left as it is.`);
  else {
    const secret = await signInSecret();
    lines.push(`${AUTH_SECRET_VARIABLE}=${secret.value}`);
    console.log(
      `${AUTH_SECRET_VARIABLE}: ${secret.why}. Keep a copy somewhere safe apart from the backups: without it nobody can finish signing in.`,
    );
  }
  const siteUrl = configuredSiteUrl();
  if (siteUrl) console.log(`SITE_URL is already set (${siteUrl}); left as it is.`);
  else {
    lines.push(`SITE_URL=${LOCAL_SITE_URL}`);
    console.log(
      `SITE_URL: ${LOCAL_SITE_URL}, for this machine only. For the real site, change it in .env.local to its https:// address and build again.`,
    );
  }
  if (lines.length > 0) {
    const before = existsSync(envFile) ? readFileSync(envFile, "utf8") : "";
    const separator = before === "" || before.endsWith("\n") ? "" : "\n";
    appendFileSync(envFile, `${separator}${lines.join("\n")}\n`, { mode: 0o600 });
    chmodSync(envFile, 0o600);
    console.log(`Wrote ${envFile}.`);
  }
  process.exit(0);
} catch (error) {
  console.error(`Set-up did not finish: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
