import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/staff/auth";
import { callerHash } from "@/lib/staff/current-staff";
import { getStaffService } from "@/lib/staff/staff-service";
import { STAFF_AUTH_BASE_PATH } from "@/lib/staff/session-rules";

/**
 * The sign-in library's HTTP endpoints, limited to the passkey steps the browser must run itself (WebAuthn).
 * Everything else (password, codes, invites, admin) goes through server actions that check the session and role.
 */
const BROWSER_PATHS = [
  "/passkey/generate-authenticate-options",
  "/passkey/verify-authentication",
  "/passkey/generate-register-options",
  "/passkey/verify-registration",
];

async function handle(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.slice(STAFF_AUTH_BASE_PATH.length);
  if (!BROWSER_PATHS.includes(path)) return new Response("Not found", { status: 404 });
  const handler = toNextJsHandler(await getAuth());
  const response = await (request.method === "POST" ? handler.POST(request) : handler.GET(request));
  if (path === "/passkey/verify-authentication") await recordPasskeySignIn(response.clone());
  return response;
}

async function recordPasskeySignIn(response: Response) {
  const clientHash = await callerHash();
  const { audit } = await getStaffService();
  if (!response.ok) {
    await audit.record({
      actorId: null,
      actorEmail: null,
      action: "sign-in-failed",
      target: null,
      detail: "passkey",
      clientHash,
    });
    return;
  }
  const body = (await response.json().catch(() => null)) as { user?: { id?: string; email?: string } } | null;
  await audit.record({
    actorId: body?.user?.id ?? null,
    actorEmail: body?.user?.email ?? null,
    action: "sign-in",
    target: null,
    detail: "passkey",
    clientHash,
  });
}

export const GET = handle;
export const POST = handle;
