"use client";

import { useEffect, useRef } from "react";

const randomKey = () => (typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/**
 * A fresh key and start time each time the form is shown, written into its two hidden inputs after hydration
 * (the static HTML carries "no-script"). The server uses the key against double submits and the start time to
 * spot submissions faster than a person could type. Written to the inputs directly, not through state, so the
 * whole form does not render a second time while the page is still starting up.
 */
export function useFormRenderKey() {
  const formKey = useRef<HTMLInputElement>(null);
  const startedAt = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (formKey.current) formKey.current.value = randomKey();
    if (startedAt.current) startedAt.current.value = String(Date.now());
  }, []);
  return { formKey, startedAt };
}
