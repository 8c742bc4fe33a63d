import {
  allArticles,
  allClinicians,
  allFaqs,
  allOffices,
  allPages,
  candidacy as candidacyDocument,
  practice as practiceDocument,
} from "content-collections";
import type { CandidacyRules } from "./content-schema/candidacy";
import { CLINICAL_TEAM } from "./content-schema/clinician";

/** The only module that reads the generated content: pages ask here, never filter collections themselves. */

// Not `import "server-only"`: Next refuses that marker in the Pages Router, whose zero-JavaScript content pages read
// this module while prerendering. What the marker guarded still holds: a browser bundle that pulled the content in
// would fail the page-weight budget (tests/e2e/page-weight.spec.ts), and this stops it from running there.
if (typeof window !== "undefined")
  throw new Error("lib/content.ts ran in the browser: pass what a client component needs to it as props instead");

export type Article = (typeof allArticles)[number];
export type Office = (typeof allOffices)[number];
export type FaqTopic = (typeof allFaqs)[number];
export type Clinician = (typeof allClinicians)[number];
export type Person = { slug: string; name: string; credentials?: string; role: string };

// Drafts are previewed in `next dev` and never reach a production build, the feed or the sitemap.
const showDrafts = process.env.NODE_ENV !== "production";
const newestFirst = (a: Article, b: Article) =>
  b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title);

export function getPractice() {
  if (!practiceDocument)
    throw new Error("content/practice.yaml is missing: the site cannot show the practice's details without it");
  return practiceDocument;
}

/** The articles pages show: in `next dev` drafts too, so staff can preview them. */
export function getArticles(): Article[] {
  return showDrafts ? allArticles.toSorted(newestFirst) : getPublishedArticles();
}

/** The articles announced to the world (feed, sitemap): never a draft, not even in `next dev`. */
export function getPublishedArticles(): Article[] {
  return allArticles.filter((article) => !article.draft).toSorted(newestFirst);
}

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((article) => article.slug === slug);
}

/** Articles sharing the most tags, newest first among equals. */
export function getRelatedArticles(article: Article, count = 3): Article[] {
  const tags = new Set(article.tags);
  return getArticles()
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => tags.has(tag)).length }))
    .toSorted((a, b) => b.shared - a.shared)
    .slice(0, count)
    .map(({ other }) => other);
}

export function getPerson(slug: string): Person {
  const clinician = allClinicians.find((entry) => entry.slug === slug);
  if (clinician) return { slug, name: clinician.name, credentials: clinician.credentials, role: clinician.role };
  if (slug === CLINICAL_TEAM) return { slug, name: `${getPractice().name} clinical team`, role: "Clinical team" };
  throw new Error(`No clinician "${slug}": the content build should have refused this`);
}

export function getOffices(): Office[] {
  return allOffices.toSorted((a, b) => a.order - b.order);
}

export function getOffice(slug: string): Office | undefined {
  return allOffices.find((office) => office.slug === slug);
}

export function getFaqTopics(): FaqTopic[] {
  return allFaqs.toSorted((a, b) => a.order - b.order);
}

export function getPage(slug: string) {
  const page = allPages.find((entry) => entry.slug === slug);
  if (!page) throw new Error(`content/pages/${slug}.mdx is missing: this route shows that file's text, so add it`);
  return page;
}

/** The self-check's questions, answers and results, without build metadata: it is handed to the browser as is. */
export function getCandidacy(): CandidacyRules {
  if (!candidacyDocument)
    throw new Error("content/candidacy.yaml is missing: /candidacy shows its self-check from that file, so add it");
  const { intro, disclaimer, skippedReason, questions, outcomes } = candidacyDocument;
  return { intro, disclaimer, skippedReason, questions, outcomes };
}
