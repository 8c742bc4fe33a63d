/**
 * npm run staff:add -- --email ana@example.org --name "Ana Ruiz" [--admin]
 * Creates a staff account on this server and prints its one-time link (valid 24 hours), where the person sets a
 * password and enrols a second factor. The first account made is an admin. There is no public sign-up.
 */
import { parseArgs } from "node:util";
// A CommonJS bundle whose named exports Node cannot see from an ES module.
import nextEnv from "@next/env";
import { z } from "zod";
import { getInvites } from "../lib/server/auth";
import { getServices } from "../lib/server/services";

const usage = 'Usage: npm run staff:add -- --email ana@example.org --name "Ana Ruiz" [--admin]';

// The same .env.local as the server, where npm run setup keeps the sign-in secret.
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });

try {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, admin: { type: "boolean", default: false } },
  });
  const email = z.email().safeParse(values.email?.trim());
  const name = values.name?.trim();
  if (!email.success) throw new Error(`--email must be the person's email address.\n${usage}`);
  if (!name) throw new Error(`--name must be the person's name as colleagues know it.\n${usage}`);
  const invite = await (
    await getInvites()
  ).inviteStaff({ email: email.data, name, role: values.admin ? "admin" : "staff" });
  await (
    await getServices()
  ).audit.record({
    actorId: null,
    actorEmail: "command line",
    action: "staff-invited",
    target: email.data,
    detail: invite.role,
    clientHash: null,
  });
  console.log(`Created ${invite.role} account for ${name} <${email.data}>.`);
  console.log(`Give them this link (it works once, for 24 hours):\n\n  ${invite.link}\n`);
  await (await getServices()).store.close();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    `\nNo account was created. ${/already exists/i.test(message) ? "A staff account with this email address already exists." : message}\n`,
  );
  process.exitCode = 1;
}
