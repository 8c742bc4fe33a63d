import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { toString } from "mdast-util-to-string";
import { gfm } from "micromark-extension-gfm";
import { mdxjs } from "micromark-extension-mdxjs";
import { syllable } from "syllable";
import { visit } from "unist-util-visit";

/** Above this Flesch-Kincaid grade the build warns: health information should read at grade 9 or lower. */
export const READING_GRADE_LIMIT = 9;

export type ReadingLevel = { grade: number; words: number; sentences: number; syllables: number };

/** A citation in parentheses, "(Sanacora et al., 2017)" or "(FDA, 2023)": names and a year, not prose. */
const parenthesisedCitation = /\s*\([^()]*\b(?:19|20)\d\d[a-z]?\)/g;
const sentenceEnd = /[.!?]+(?=\s|$)/;

/**
 * The text a reader reads as prose: each paragraph (list items hold paragraphs too, and so do callouts) and each
 * table cell, one unit apiece. Headings, code and component props are left out.
 */
function proseUnits(tree: Root): string[] {
  const units: string[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === "paragraph" || node.type === "tableCell") {
      units.push(toString(node).replace(parenthesisedCitation, "").replace(/\s+/g, " ").trim());
      return "skip";
    }
  });
  return units.filter((unit) => /[A-Za-z0-9]/.test(unit));
}

/**
 * The Flesch-Kincaid grade as issue 12 defines it: 0.39 × words per sentence + 11.8 × syllables per word − 15.59,
 * syllables counted by the `syllable` package. A unit that ends without a full stop (a list item, a table cell)
 * counts as one sentence.
 */
export function readingLevel(mdxBody: string): ReadingLevel {
  const tree = fromMarkdown(mdxBody, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  });
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const unit of proseUnits(tree)) {
    const pieces = unit.split(sentenceEnd).filter((piece) => /[A-Za-z0-9]/.test(piece));
    sentences += pieces.length;
    for (const word of unit.split(/\s+/).filter((token) => /[A-Za-z0-9]/.test(token))) {
      words += 1;
      syllables += syllable(word);
    }
  }
  if (words === 0 || sentences === 0) return { grade: 0, words, sentences, syllables };
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { grade: Math.round(grade * 10) / 10, words, sentences, syllables };
}
