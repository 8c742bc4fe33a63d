/**
 * Shown on every page and beside the contact form. Links dial or text directly from a phone.
 * `tone="band"` is the strip above the header; `tone="box"` sits inside page content.
 */
export function CrisisNotice({ tone = "box" }: { tone?: "band" | "box" }) {
  const text = (
    <>
      <strong>In crisis?</strong> Call or text <a href="tel:988" className="font-semibold text-clay-800">988</a>{" "}
      (<a href="sms:988" className="text-clay-800">text</a>) for the Suicide &amp; Crisis Lifeline, any time. In an emergency, call{" "}
      <a href="tel:911" className="font-semibold text-clay-800">911</a>.
    </>
  );
  if (tone === "band") {
    return (
      <aside aria-label="Crisis support" className="border-b border-clay-100 bg-clay-100 px-4 py-2 text-center text-sm text-ink">
        <p>{text}</p>
      </aside>
    );
  }
  return (
    <aside aria-label="Crisis support" className="rounded-lg border-l-4 border-clay-800 bg-clay-100 px-5 py-4 text-ink">
      <p>{text} This website and its form are not monitored around the clock.</p>
    </aside>
  );
}
