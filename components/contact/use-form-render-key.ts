"use client";

import { useEffect, useState } from "react";

const randomKey = () =>
  typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * A fresh key and start time for each time the form is shown, set after hydration (the static HTML carries
 * "no-script", so server and browser render the same markup). The server uses the key against double submits
 * and the start time to spot submissions faster than a person could type.
 */
export function useFormRenderKey() {
  const [render, setRender] = useState({ formKey: "no-script", startedAt: "" });
  // After hydration on purpose: a value made during render would differ from the server's HTML ("no-script").
  // eslint-disable-next-line react-hooks/set-state-in-effect -- one update, once, right after hydration
  useEffect(() => setRender({ formKey: randomKey(), startedAt: String(Date.now()) }), []);
  return render;
}
