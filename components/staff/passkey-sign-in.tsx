"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { staffPasskeyClient } from "./passkey-client";

/** Signs in with a passkey saved on this device or a security key; works only with JavaScript, like WebAuthn itself. */
export function PasskeySignIn() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const message = useRef<HTMLParagraphElement>(null);
  async function signIn() {
    setError(undefined);
    const result = await staffPasskeyClient().signIn.passkey();
    if (result.error) {
      setError("Signing in with a passkey did not work. Try again, or sign in with your password and code.");
      requestAnimationFrame(() => message.current?.focus());
      return;
    }
    router.replace("/staff");
    router.refresh();
  }
  return (
    <div className="space-y-2 border-t border-sand-200 pt-6">
      <button type="button" onClick={signIn} className={buttonClass("secondary")}>
        Sign in with a passkey
      </button>
      {error && (
        <p ref={message} tabIndex={-1} role="alert" className="font-semibold text-clay-800">
          {error}
        </p>
      )}
    </div>
  );
}
