"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { staffPasskeyClient } from "./passkey-client";

/** Registers a passkey for the signed-in staff member, for a quicker sign-in next time. */
export function AddPasskey() {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const announce = useRef<HTMLParagraphElement>(null);
  async function add() {
    const result = await staffPasskeyClient().passkey.addPasskey({
      name: `Passkey added ${new Date().toLocaleDateString("en-US")}`,
    });
    setMessage(
      result?.error
        ? {
            text:
              result.error.status === 403
                ? "The passkey was not added: confirm it is you again first (reload this page)."
                : "The passkey was not added. Your device must ask for a PIN, fingerprint or face; try again.",
            error: true,
          }
        : { text: "Passkey added. You can now sign in with it.", error: false },
    );
    if (!result?.error) router.refresh();
    requestAnimationFrame(() => announce.current?.focus());
  }
  return (
    <div className="space-y-2">
      <button type="button" onClick={add} className={buttonClass("secondary")}>
        Add a passkey
      </button>
      {message && (
        <p
          ref={announce}
          tabIndex={-1}
          role={message.error ? "alert" : "status"}
          className={message.error ? "font-semibold text-clay-800" : "font-semibold text-sage-800"}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
