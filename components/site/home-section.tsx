import type { ReactNode } from "react";

/** A titled band of the home page; every section is named by its h2 for screen-reader navigation. */
export function HomeSection({
  id,
  title,
  tone = "plain",
  children,
}: {
  id: string;
  title: string;
  tone?: "plain" | "tinted";
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={tone === "tinted" ? "bg-sage-50" : undefined}>
      <div className="mx-auto max-w-page space-y-5 px-4 py-14 sm:px-6 [&>p]:max-w-measure">
        <h2 id={`${id}-heading`} className="text-3xl font-semibold">
          {title}
        </h2>
        {children}
      </div>
    </section>
  );
}
