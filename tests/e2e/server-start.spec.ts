import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../support/postgres-cluster";
import { startProductionServer } from "../support/production-server";
import { E2E_PORT } from "./support/e2e-paths";

// Servers of their own: these tests start `npm start`'s server with bad settings and watch it stop.
const PORT = E2E_PORT + 20;

test("an unwritable DATA_DIR stops the server at start, saying what to fix", async () => {
  await expect(startProductionServer(PORT, { DATA_DIR: "/etc/hostname/inquiries" })).rejects.toThrow(
    /exited with code 1[\s\S]*DATA_DIR \/etc\/hostname\/inquiries is not writable[\s\S]*give this server's user write access to it, or set DATA_DIR/,
  );
});

test("a production server without the staff sign-in secret stops at start, saying what to run", async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "kap-no-secret-"));
  try {
    await expect(startProductionServer(PORT + 9, { DATA_DIR: dataDir, BETTER_AUTH_SECRET: "" })).rejects.toThrow(
      /exited with code 1[\s\S]*BETTER_AUTH_SECRET is not set\. Staff sign-in needs it\. Run `npm run setup`/,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test("wrong email settings stop the server at start, each named", async () => {
  await expect(
    startProductionServer(PORT + 1, { SMTP_URL: "smtp://mail.example.com:587", CONTACT_FROM: "not an address" }),
  ).rejects.toThrow(
    /exited with code 1[\s\S]*CONTACT_FROM must be the address notifications are sent from[\s\S]*CONTACT_TO is missing/,
  );
});

test("DATABASE_URL without the shared action key stops the server at start, saying how to make one", async () => {
  await expect(
    startProductionServer(PORT + 3, { DATABASE_URL: "postgres://kap:secret@127.0.0.1:5432/kap" }),
  ).rejects.toThrow(
    /exited with code 1[\s\S]*DATABASE_URL is set but NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is missing: generate one key \(openssl rand -base64 32\)/,
  );
});

test("a PostgreSQL nobody answers on stops the server at start, saying what to check, without the password", async () => {
  const server = startProductionServer(PORT + 4, {
    DATABASE_URL: `postgres://kap:secret-word@127.0.0.1:${await freePort()}/kap`,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "dGVzdC1rZXktdGhpcnR5LXR3by1ieXRlcy1sb25nISE=",
  });
  await expect(server).rejects.toThrow(
    /exited with code 1[\s\S]*The server did not start\. PostgreSQL at postgres:\/\/kap:\*\*\*@127\.0\.0\.1:\d+\/kap cannot be reached \(ECONNREFUSED\)\. Start the database server/,
  );
  await expect(server).rejects.not.toThrow(/secret-word/);
});

test("without email settings the site runs, stores inquiries, and says how to turn email on", async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "kap-no-smtp-"));
  const server = await startProductionServer(PORT + 2, {
    DATA_DIR: dataDir,
    SMTP_URL: "",
    CONTACT_TO: "",
    CONTACT_FROM: "",
  });
  try {
    expect((await fetch(`${server.url}/contact`)).status).toBe(200);
    await expect
      .poll(() => server.output())
      .toContain(`inquiries are stored in ${path.join(dataDir, "inquiries.sqlite")}`);
    expect(server.output()).toMatch(
      /email is not configured[\s\S]*Set SMTP_URL \(smtp:\/\/user:pass@host:587\), CONTACT_TO and CONTACT_FROM/,
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/** A folder of its own to start the server in, with just the given files of a build in its `.next/`. */
function folderWithBuildFiles(files: Record<string, string | "copy">): string {
  const folder = mkdtempSync(path.join(tmpdir(), "kap-build-"));
  mkdirSync(path.join(folder, ".next"));
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(folder, ".next", file);
    if (content === "copy") copyFileSync(path.join(".next", file), target);
    else writeFileSync(target, content);
  }
  return folder;
}

const RUN_BUILD = /exited with code 1[\s\S]*Run `npm run build`, then start the server again/;

test("without a build the server refuses to start and says to run the build", async () => {
  const folder = folderWithBuildFiles({});
  try {
    await expect(startProductionServer(PORT + 3, {}, folder)).rejects.toThrow(/There is no build in \.next/);
    await expect(startProductionServer(PORT + 3, {}, folder)).rejects.toThrow(RUN_BUILD);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("a build that was cut short stops the server at start, naming what is missing", async () => {
  // What a build stopped before prerendering leaves: its ID and routes, no prerender manifest, no export marker.
  const folder = folderWithBuildFiles({ BUILD_ID: "copy", "routes-manifest.json": "copy" });
  try {
    await expect(startProductionServer(PORT + 4, {}, folder)).rejects.toThrow(
      /is incomplete \(prerender-manifest\.json, export-marker\.json missing\)/,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("a complete build of other files is refused as stale", async () => {
  // The real build's files, in a folder whose code and content (none) are not what it was built from.
  const files = ["BUILD_ID", "prerender-manifest.json", "routes-manifest.json", "export-marker.json"];
  const folder = folderWithBuildFiles(Object.fromEntries(files.map((file) => [file, "copy"])));
  try {
    await expect(startProductionServer(PORT + 5, {}, folder)).rejects.toThrow(/is stale: code or content changed/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
