import type { TocEntry } from "@/lib/content-build/table-of-contents";

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length < 2) return null;
  return (
    <nav aria-labelledby="toc-heading" className="rounded-lg border border-sand-200 bg-white/60 p-5">
      <h2 id="toc-heading" className="font-serif text-lg font-semibold">
        On this page
      </h2>
      <ol className="mt-3 space-y-2 text-[0.95rem]">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "ml-4" : undefined}>
            <a href={`#${entry.id}`} className="no-underline hover:underline">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
