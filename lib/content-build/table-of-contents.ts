import GithubSlugger from "github-slugger";
import type { Heading } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

export type TocEntry = { id: string; text: string; depth: 2 | 3 };

/**
 * Lists the h2/h3 headings with the same ids rehype-slug gives them: both use github-slugger over every
 * heading in document order, so repeated titles get the same -1, -2 suffixes.
 */
export function tableOfContents(markdown: string): TocEntry[] {
  const slugger = new GithubSlugger();
  const entries: TocEntry[] = [];
  visit(fromMarkdown(markdown), "heading", (heading: Heading) => {
    const text = toString(heading);
    const id = slugger.slug(text);
    if (heading.depth === 2 || heading.depth === 3) entries.push({ id, text, depth: heading.depth });
  });
  return entries;
}
