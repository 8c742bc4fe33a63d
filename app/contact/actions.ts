"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/contact/client-address";
import type { ContactState } from "@/lib/contact/form-state";
import { handleInquiry } from "@/lib/contact/handle-inquiry";
import { getServices } from "@/lib/server/services";

/** The contact form's only server action: it re-validates with the form's own schema, stores, then answers. */
export async function submitInquiry(_previous: ContactState, formData: FormData): Promise<ContactState> {
  const requestHeaders = await headers();
  const { deps, config } = await getServices();
  return handleInquiry(
    formData,
    {
      origin: requestHeaders.get("origin"),
      host: requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host"),
      clientAddress: clientAddress(requestHeaders, config.trustProxy),
      viaScript: requestHeaders.has("next-action"),
    },
    deps,
  );
}
