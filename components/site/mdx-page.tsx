import type { ReactNode } from "react";
import { getPage } from "@/lib/content";
import { isPlaceholderReview } from "@/lib/example-fields";
import { formatDate } from "@/lib/format-date";
import { ExampleMark } from "../ui/example-mark";
import { ReferenceList } from "../article/reference-list";
import { MdxBody } from "../mdx/mdx-body";
import { PageHeader } from "./page-header";

/** A page whose words live in content/pages/<slug>.mdx, so staff can edit them; `before` goes above the text. */
export function MdxPage({ slug, before, children }: { slug: string; before?: ReactNode; children?: ReactNode }) {
  const page = getPage(slug);
  return (
    <>
      <PageHeader title={page.title} lead={page.summary} />
      <div className="mx-auto max-w-page px-4 py-10 sm:px-6">
        {before}
        <MdxBody code={page.body} />
        {children}
        <ReferenceList references={page.references} />
        <p className="mt-10 text-sm text-ink-soft">
          Last reviewed <time dateTime={page.lastReviewed}>{formatDate(page.lastReviewed)}</time>
          <ExampleMark when={isPlaceholderReview(page)} />.
        </p>
      </div>
    </>
  );
}
