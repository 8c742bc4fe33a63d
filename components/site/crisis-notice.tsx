/** The strip above the header, on every page, is "Crisis support"; a box elsewhere on the page names where it is. */
type Props = { tone: "band" } | { tone?: "box"; label: `Crisis support${string}` };

/**
 * Shown on every page and beside the contact form. Links dial or text directly from a phone.
 * `tone="band"` is the strip above the header; `tone="box"` sits inside page content. Each is a landmark of
 * its own, so each has its own name: a screen reader's list of landmarks would otherwise show two alike.
 */
export function CrisisNotice(props: Props) {
  const text = (
    <>
      <strong>In crisis?</strong> Call or text{" "}
      <a href="tel:988" className="font-semibold text-clay-800">
        988
      </a>{" "}
      (
      <a href="sms:988" className="text-clay-800">
        text
      </a>
      ) for the Suicide &amp; Crisis Lifeline, any time. In an emergency, call{" "}
      <a href="tel:911" className="font-semibold text-clay-800">
        911
      </a>
      .
    </>
  );
  if (props.tone === "band") {
    return (
      <aside
        aria-label="Crisis support"
        className="border-b border-clay-100 bg-clay-100 px-4 py-2 text-center text-sm text-ink"
      >
        <p>{text}</p>
      </aside>
    );
  }
  return (
    <aside aria-label={props.label} className="rounded-lg border-l-4 border-clay-800 bg-clay-100 px-5 py-4 text-ink">
      <p>{text} This website and its form are not monitored around the clock.</p>
    </aside>
  );
}
