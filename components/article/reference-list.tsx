import type { Reference } from "@/lib/content-schema/article";
import { SmartLink } from "../mdx/external-link";

/** Vancouver-like citations: authors. Title. Journal. Year. Linked by DOI where there is one. */
export function ReferenceList({ references }: { references: Reference[] }) {
  if (references.length === 0) return null;
  return (
    <section aria-labelledby="references-heading" className="mt-12 border-t border-sand-200 pt-8">
      <h2 id="references-heading" className="text-2xl font-semibold">
        References
      </h2>
      <ol className="mt-4 list-decimal space-y-3 break-words pl-6 text-[0.95rem] text-ink-soft marker:text-ink-soft">
        {references.map((reference) => {
          const href = reference.doi ? `https://doi.org/${reference.doi}` : reference.url;
          return (
            <li key={`${reference.title}-${reference.year}`}>
              {reference.authors}. {reference.title.replace(/\.$/, "")}. <cite>{reference.publisher}</cite>.{" "}
              {reference.year}.{" "}
              {href && <SmartLink href={href}>{reference.doi ? `doi:${reference.doi}` : "Source"}</SmartLink>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
