import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/staff/auth";
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
  const handler = toNextJsHandler(getAuth());
  return request.method === "POST" ? handler.POST(request) : handler.GET(request);
}

export const GET = handle;
export const POST = handle;
