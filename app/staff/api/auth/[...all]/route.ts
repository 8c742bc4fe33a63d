import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/server/auth";
import { hasFreshStepUp } from "@/lib/staff/credentials";
import { callerHash, readStaffSession } from "@/lib/server/current-staff";
import { STAFF_AUTH_BASE_PATH, STEP_UP_SECONDS } from "@/lib/staff/session-rules";
import { RATE_LIMITED_MESSAGE } from "@/lib/staff/sign-in-limit";
import type { StaffMember } from "@/lib/staff/staff-member";
import { getServices } from "@/lib/server/services";

/**
 * The sign-in library's HTTP endpoints, limited to the passkey steps the browser must run itself (WebAuthn).
 * Everything else (password, codes, invites, admin) goes through server actions that check the session and role.
 */
const SIGN_IN_PATHS = ["/passkey/generate-authenticate-options", "/passkey/verify-authentication"];
/** Adding a passkey needs an active, enrolled session that proved password and code a few minutes ago. */
const REGISTER_PATHS = ["/passkey/generate-register-options", "/passkey/verify-registration"];

const refuse = (status: number, code: string, message: string) => Response.json({ code, message }, { status });

async function handle(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.slice(STAFF_AUTH_BASE_PATH.length);
  const registering = REGISTER_PATHS.includes(path);
  if (!registering && !SIGN_IN_PATHS.includes(path)) return new Response("Not found", { status: 404 });
  const clientHash = await callerHash(request.headers);
  const { passkeyLimit } = await getServices();
  if ((await passkeyLimit.begin(undefined, clientHash)).limited)
    return refuse(429, "RATE_LIMITED", RATE_LIMITED_MESSAGE);
  let staff: StaffMember | undefined;
  if (registering) {
    const session = await readStaffSession(request.headers);
    if (session.state !== "active" || !session.staff.enrolled)
      return refuse(401, "SIGN_IN_REQUIRED", "Your session has ended. Sign in again, then add the passkey.");
    staff = session.staff;
    if (!(await hasFreshStepUp(await getAuth(), staff.sessionToken, staff.id)))
      return refuse(
        403,
        "STEP_UP_REQUIRED",
        `Confirm it is you with your password and code first; a passkey can be added for ${STEP_UP_SECONDS / 60} minutes after.`,
      );
  }
  const handler = toNextJsHandler(await getAuth());
  const response = await (request.method === "POST" ? handler.POST(request) : handler.GET(request));
  if (path === "/passkey/verify-registration" && staff && response.ok) await recordPasskeyAdded(staff);
  if (path !== "/passkey/verify-authentication") return response;
  const body = await recordPasskeySignIn(response, clientHash);
  if (!body) return response;
  // The session token travels only in its HttpOnly cookie, never in a body page script could read.
  const { session: _session, token: _token, ...withoutToken } = body;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return Response.json(withoutToken, { status: response.status, headers });
}

async function recordPasskeyAdded(staff: StaffMember) {
  const { audit } = await getServices();
  await audit.byStaff(staff, "passkey-added", staff.id, null);
}

/** Audits a passkey sign-in and hands back the library's answer, read once. */
async function recordPasskeySignIn(response: Response, clientHash: string) {
  const { audit } = await getServices();
  if (!response.ok) {
    await audit.record({
      actorId: null,
      actorEmail: null,
      action: "sign-in-failed",
      target: null,
      detail: "passkey",
      clientHash,
    });
    return null;
  }
  const body = (await response.json().catch(() => null)) as {
    session?: unknown;
    token?: string;
    user?: { id?: string; email?: string };
  } | null;
  await audit.record({
    actorId: body?.user?.id ?? null,
    actorEmail: body?.user?.email ?? null,
    action: "sign-in",
    target: null,
    detail: "passkey",
    clientHash,
  });
  return body;
}

export const GET = handle;
export const POST = handle;
