import { defineCollection, defineConfig, defineSingleton } from "@content-collections/core";
import { compileMDX } from "@content-collections/mdx";
import readingTime from "reading-time";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { remarkAllowedComponents } from "./lib/content-build/remark-allowed-components";
import { inPlainWords } from "./lib/content-build/plain-words";
import { fileNameProblem } from "./lib/content-build/file-names";
import {
  checkPracticeDetailTags,
  fillDetailTokens,
  fillDetailTokensEverywhere,
  quotesExampleDetail,
  withPracticeDetailValues,
} from "./lib/content-build/practice-detail-uses";
import { readingLevel } from "./lib/content-build/reading-level";
import { nextReviewDate } from "./lib/content-build/review-schedule";
import { strictFrontmatter, strictYaml } from "./lib/content-build/strict-parsers";
import { tableOfContents } from "./lib/content-build/table-of-contents";
import { articleSchema } from "./lib/content-schema/article";
import { candidacySchema } from "./lib/content-schema/candidacy";
import { CLINICAL_TEAM, clinicianSchema } from "./lib/content-schema/clinician";
import { faqTopicSchema } from "./lib/content-schema/faq";
import { officeSchema } from "./lib/content-schema/office";
import { pageSchema } from "./lib/content-schema/page";
import { type PracticeData, practiceSchema } from "./lib/content-schema/practice";

/** Tests point this at a copy of content/ holding a broken file, to run this very build on it. */
const contentDir = process.env.CONTENT_DIR ?? "content";

const practice = defineSingleton({
  name: "practice",
  filePath: `${contentDir}/practice.yaml`,
  parser: strictYaml,
  schema: inPlainWords(practiceSchema),
  transform: (details) => ({ ...details, sourceFile: `${contentDir}/practice.yaml` }),
});

/** The practice file as validated (undefined when it has problems of its own, which the build reports). */
const practiceIn = (context: { documents: (source: typeof practice) => PracticeData[] }) =>
  context.documents(practice)[0];

const clinicians = defineCollection({
  name: "clinicians",
  directory: `${contentDir}/clinicians`,
  include: "*.yaml",
  parser: strictYaml,
  schema: inPlainWords(clinicianSchema),
  transform: (clinician) => ({ ...clinician, slug: clinician._meta.path }),
});

const mdxOptions = { remarkPlugins: [remarkGfm, remarkAllowedComponents], rehypePlugins: [rehypeSlug] };

/** MDX errors carry no file name of their own. */
async function compileBody(
  file: string,
  document: Parameters<typeof compileMDX>[1],
  context: Parameters<typeof compileMDX>[0],
) {
  try {
    return await compileMDX(context, document, mdxOptions);
  } catch (error) {
    throw new Error(`${file}: the body is not valid MDX: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const articles = defineCollection({
  name: "articles",
  directory: `${contentDir}/articles`,
  include: "**/*.mdx",
  parser: strictFrontmatter,
  schema: inPlainWords(articleSchema),
  transform: async (article, context) => {
    const file = `${contentDir}/articles/${article._meta.filePath}`;
    const siblings = await context.collection.documents();
    const badName = fileNameProblem(article._meta.fileName);
    if (badName) throw new Error(`${file}: ${badName}`);
    // Compared ignoring case: "KAP-basics" and "kap-basics" would be one address on a case-insensitive server.
    const slugOf = (doc: (typeof siblings)[number]) =>
      (doc.slug ?? doc._meta.fileName.replace(/\.mdx$/, "")).toLowerCase();
    const others = siblings.filter((other) => other._meta.filePath !== article._meta.filePath);
    const where = (doc: (typeof siblings)[number]) => `${contentDir}/articles/${doc._meta.filePath}`;
    const slug = slugOf(article);

    const twins = others.filter((other) => slugOf(other) === slug);
    if (twins.length > 0) {
      throw new Error(
        `${file}: slug "${slug}" is also used by ${twins.map(where).join(", ")}. Give one of them another slug or file name`,
      );
    }
    for (const old of article.redirectFrom) {
      const live = siblings.find((other) => slugOf(other) === old.toLowerCase());
      if (live)
        throw new Error(
          `${file}: redirectFrom "${old}" is the address of ${where(live)}; an old address cannot also be a live one`,
        );
      const claimant = others.find((other) => other.redirectFrom.includes(old));
      if (claimant)
        throw new Error(
          `${file}: redirectFrom "${old}" is also claimed by ${where(claimant)}; an old address can lead to one article only`,
        );
    }

    const people = new Set([CLINICAL_TEAM, ...context.documents(clinicians).map((clinician) => clinician._meta.path)]);
    for (const field of ["author", "reviewedBy"] as const) {
      const person = article[field];
      if (person !== undefined && !people.has(person)) {
        throw new Error(
          `${file}: ${field} "${article[field]}" names no clinician. Use "${CLINICAL_TEAM}" or add ${contentDir}/clinicians/${person}.yaml`,
        );
      }
    }

    const body = await compileBody(file, article, context);
    const details = practiceIn(context);
    if (details) checkPracticeDetailTags(file, article.content, details);
    const { content, ...frontmatter } = article;
    return {
      ...frontmatter,
      slug,
      sourceFile: file,
      body,
      // Build-time facts for the content report and the build's warnings; pages do not show them.
      readingGrade: readingLevel(details ? withPracticeDetailValues(content, details) : content).grade,
      nextReviewDue: nextReviewDate(article),
      readingMinutes: Math.max(1, Math.round(readingTime(content).minutes)),
      wordCount: readingTime(content).words,
      toc: tableOfContents(content),
    };
  },
});

const pages = defineCollection({
  name: "pages",
  directory: `${contentDir}/pages`,
  include: "*.mdx",
  parser: strictFrontmatter,
  schema: inPlainWords(pageSchema),
  transform: async (page, context) => {
    const file = `${contentDir}/pages/${page._meta.filePath}`;
    const badName = fileNameProblem(page._meta.fileName);
    if (badName) throw new Error(`${file}: ${badName}`);
    const body = await compileBody(file, page, context);
    const details = practiceIn(context);
    if (details) checkPracticeDetailTags(file, page.content, details);
    const { content, ...frontmatter } = page;
    return { ...frontmatter, slug: page._meta.path, sourceFile: file, body, toc: tableOfContents(content) };
  },
});

const faqs = defineCollection({
  name: "faqs",
  directory: `${contentDir}/faqs`,
  include: "*.yaml",
  parser: strictYaml,
  schema: inPlainWords(faqTopicSchema),
  transform: async (topic, context) => {
    const others = (await context.collection.documents()).filter(
      (other) => other._meta.filePath !== topic._meta.filePath,
    );
    for (const question of topic.questions) {
      const twin = others.find((other) => other.questions.some((q) => q.id === question.id));
      if (twin || topic.questions.filter((q) => q.id === question.id).length > 1) {
        throw new Error(
          `${contentDir}/faqs/${topic._meta.filePath}: question id "${question.id}" is used twice${twin ? ` (also in ${contentDir}/faqs/${twin._meta.filePath})` : ""}. Each id is a link anchor and must be unique`,
        );
      }
    }
    const file = `${contentDir}/faqs/${topic._meta.filePath}`;
    const details = practiceIn(context);
    const fill = (text: string) => (details ? fillDetailTokens(file, text, details) : text);
    const questions = topic.questions.map((item) => ({
      ...item,
      question: fill(item.question),
      answer: fill(item.answer),
      quotesExampleValue: details ? quotesExampleDetail(`${item.question} ${item.answer}`, details) : false,
    }));
    return { ...topic, slug: topic._meta.path, questions, sourceFile: file };
  },
});

const offices = defineCollection({
  name: "offices",
  directory: `${contentDir}/offices`,
  include: "*.yaml",
  parser: strictYaml,
  schema: inPlainWords(officeSchema),
  transform: (office) => ({
    ...office,
    slug: office._meta.path,
    sourceFile: `${contentDir}/offices/${office._meta.filePath}`,
  }),
});

/** The self-check on /candidacy; problems name the question (and answer) by id, so staff need not count items. */
const candidacy = defineSingleton({
  name: "candidacy",
  filePath: `${contentDir}/candidacy.yaml`,
  parser: strictYaml,
  schema: inPlainWords(candidacySchema, { nameItemsById: true }),
  transform: (rules, context) => {
    const file = `${contentDir}/candidacy.yaml`;
    const details = practiceIn(context);
    return { ...(details ? fillDetailTokensEverywhere(file, rules, details) : rules), sourceFile: file };
  },
});

export default defineConfig({ content: [clinicians, articles, pages, faqs, offices, practice, candidacy] });
