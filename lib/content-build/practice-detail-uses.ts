import type { PracticeData } from "../content-schema/practice";
import { EXAMPLE_MARK_TEXT, isExamplePreview } from "../example-preview";
import { lookUpPracticeDetail, practiceDetailNames } from "../practice-details";

const tag = /<PracticeDetail\b([^>]*?)\/?>/g;
const nameAttribute = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const token = /\{\{\s*([^{}]*?)\s*\}\}/g;

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;
const known = (practice: PracticeData) => practiceDetailNames(practice).join(", ");

/**
 * Refuses a `<PracticeDetail>` in an MDX body whose name the practice file lacks. Checked here rather than in the
 * MDX compiler, whose result is cached by the body alone and would miss a policy removed from practice.yaml.
 */
export function checkPracticeDetailTags(mdx: string, practice: PracticeData): void {
  for (const match of mdx.matchAll(tag)) {
    const line = lineOf(mdx, match.index);
    const [, attributes = ""] = match;
    const attribute = nameAttribute.exec(attributes);
    const name = attribute?.[1] ?? attribute?.[2];
    if (name === undefined) {
      throw new Error(
        `body line ${line} (below the frontmatter): <PracticeDetail> needs a name in quotes, like <PracticeDetail name="minimumAge" />`,
      );
    }
    if (!lookUpPracticeDetail(practice, name)) {
      throw new Error(
        `body line ${line} (below the frontmatter): <PracticeDetail name="${name}" /> names no practice detail. Use one of ${known(practice)}, or add "${name}" under policies in content/practice.yaml`,
      );
    }
  }
}

/** The MDX body with each <PracticeDetail> replaced by its value, as a reader sees it (for the reading level). */
export function withPracticeDetailValues(mdx: string, practice: PracticeData): string {
  return mdx.replace(tag, (whole, attributes: string) => {
    const attribute = nameAttribute.exec(attributes);
    return lookUpPracticeDetail(practice, attribute?.[1] ?? attribute?.[2] ?? "")?.value ?? whole;
  });
}

/** Replaces each {{name}} in a text with that practice detail; a preview marks the example ones. */
export function fillDetailTokens(text: string, practice: PracticeData): string {
  return text.replace(token, (_whole, name: string) => {
    const detail = lookUpPracticeDetail(practice, name);
    if (!detail) {
      throw new Error(
        `{{${name}}} names no practice detail. Use one of ${known(practice)}, or add "${name}" under policies in content/practice.yaml`,
      );
    }
    return detail.isExample && isExamplePreview() ? `${detail.value} ${EXAMPLE_MARK_TEXT}` : detail.value;
  });
}

/** The same for every text in a YAML document (lists and nested fields included). */
export function fillDetailTokensEverywhere<T>(value: T, practice: PracticeData): T {
  if (typeof value === "string") return fillDetailTokens(value, practice) as T;
  if (Array.isArray(value)) return value.map((item) => fillDetailTokensEverywhere(item, practice)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key === "_meta" ? item : fillDetailTokensEverywhere(item, practice),
      ]),
    ) as T;
  }
  return value;
}

/** Whether a text quotes any practice detail that is still an example (such text stays out of search-engine data). */
export function quotesExampleDetail(text: string, practice: PracticeData): boolean {
  return [...text.matchAll(token)].some(([, name = ""]) => lookUpPracticeDetail(practice, name)?.isExample === true);
}
