import { passkeyClient } from "@better-auth/passkey/client";
import { createAuthClient } from "better-auth/client";
import { STAFF_AUTH_BASE_PATH } from "@/lib/staff/session-rules";

/** Only the passkey steps run in the browser (WebAuthn needs it); everything else is a server action. */
export function staffPasskeyClient() {
  return createAuthClient({ baseURL: `${window.location.origin}${STAFF_AUTH_BASE_PATH}`, plugins: [passkeyClient()] });
}
