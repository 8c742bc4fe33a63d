import { MDXContent } from "@content-collections/mdx/react";
import { mdxComponents } from "./mdx-components";

/** Renders compiled MDX at build time inside the article typography. */
export function MdxBody({ code }: { code: string }) {
  return (
    <div className="prose prose-lg max-w-measure prose-headings:text-sage-900 prose-table:text-base">
      <MDXContent code={code} components={mdxComponents} />
    </div>
  );
}
