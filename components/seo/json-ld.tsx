import type { Thing, WithContext } from "schema-dts";

/**
 * Structured data for search engines. A data block, not a script: the browser never runs it, so the
 * Content-Security-Policy needs no hash for it. "<" is escaped so no text can close the tag early.
 */
export function JsonLd({ data }: { data: WithContext<Thing> | WithContext<Thing>[] }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
