import { defineCollection, defineConfig, defineSingleton } from "@content-collections/core";
import { compileMDX } from "@content-collections/mdx";
import readingTime from "reading-time";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { createBuildReport } from "./lib/content-build/build-report";
import { remarkAllowedComponents } from "./lib/content-build/remark-allowed-components";
import { fieldsAsRead, validated, validOnly } from "./lib/content-build/plain-words";
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
import { practiceSchema } from "./lib/content-schema/practice";

/**
 * Folders are relative to this file's folder, which Content Collections builds from. Tests build a copy of content/
 * holding a broken file by pointing `content-collections build --config` at a file in another folder that re-exports
 * this configuration.
 */
const contentDir = "content";

/** Every file is checked in its transform, through the report: see lib/content-build/build-report.ts. */
const report = createBuildReport();

type Documents = Parameters<typeof validOnly>[1];

const practice = defineSingleton({
  name: "practice",
  filePath: `${contentDir}/practice.yaml`,
  parser: strictYaml,
  schema: fieldsAsRead,
  transform: (document, context) => {
    const file = `${contentDir}/practice.yaml`;
    return report.check(file, context.skip, () => ({ ...validated(practiceSchema, document), sourceFile: file }));
  },
  // Content Collections calls onSuccess after the transforms of every collection: the report is complete then.
  onSuccess: () => report.finish(),
});

/** The practice file as validated (undefined when it has problems of its own, which the build reports). */
const practiceIn = (context: { documents: (source: typeof practice) => Documents }) =>
  validOnly(practiceSchema, context.documents(practice))[0];

const clinicians = defineCollection({
  name: "clinicians",
  directory: `${contentDir}/clinicians`,
  include: "*.yaml",
  parser: strictYaml,
  schema: fieldsAsRead,
  transform: (document, context) =>
    report.check(`${contentDir}/clinicians/${document._meta.filePath}`, context.skip, () => {
      const clinician = validated(clinicianSchema, document);
      return { ...clinician, slug: clinician._meta.path };
    }),
});

const mdxOptions = { remarkPlugins: [remarkGfm, remarkAllowedComponents], rehypePlugins: [rehypeSlug] };

/** MDX errors carry no file name of their own; the report adds it. */
async function compileBody(document: Parameters<typeof compileMDX>[1], context: Parameters<typeof compileMDX>[0]) {
  try {
    return await compileMDX(context, document, mdxOptions);
  } catch (error) {
    throw new Error(`the body is not valid MDX: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const articles = defineCollection({
  name: "articles",
  directory: `${contentDir}/articles`,
  include: "**/*.mdx",
  parser: strictFrontmatter,
  schema: fieldsAsRead,
  transform: (document, context) => {
    const file = `${contentDir}/articles/${document._meta.filePath}`;
    return report.check(file, context.skip, async () => {
      const article = validated(articleSchema, document);
      const siblings = validOnly(articleSchema, await context.collection.documents());
      const badName = fileNameProblem(article._meta.fileName);
      if (badName) throw new Error(badName);
      // Compared ignoring case: "KAP-basics" and "kap-basics" would be one address on a case-insensitive server.
      const slugOf = (doc: typeof article) => (doc.slug ?? doc._meta.fileName.replace(/\.mdx$/, "")).toLowerCase();
      const others = siblings.filter((other) => other._meta.filePath !== article._meta.filePath);
      const where = (doc: typeof article) => `${contentDir}/articles/${doc._meta.filePath}`;
      const slug = slugOf(article);

      const twins = others.filter((other) => slugOf(other) === slug);
      if (twins.length > 0) {
        throw new Error(
          `slug "${slug}" is also used by ${twins.map(where).join(", ")}. Give one of them another slug or file name`,
        );
      }
      for (const old of article.redirectFrom) {
        const live = siblings.find((other) => slugOf(other) === old.toLowerCase());
        if (live)
          throw new Error(
            `redirectFrom "${old}" is the address of ${where(live)}; an old address cannot also be a live one`,
          );
        const claimant = others.find((other) => other.redirectFrom.includes(old));
        if (claimant)
          throw new Error(
            `redirectFrom "${old}" is also claimed by ${where(claimant)}; an old address can lead to one article only`,
          );
      }

      const people = new Set([
        CLINICAL_TEAM,
        ...validOnly(clinicianSchema, context.documents(clinicians)).map((clinician) => clinician._meta.path),
      ]);
      for (const field of ["author", "reviewedBy"] as const) {
        const person = article[field];
        if (person !== undefined && !people.has(person)) {
          throw new Error(
            `${field} "${person}" names no clinician. Use "${CLINICAL_TEAM}" or add ${contentDir}/clinicians/${person}.yaml`,
          );
        }
      }

      const body = await compileBody(article, context);
      const details = practiceIn(context);
      if (details) checkPracticeDetailTags(article.content, details);
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
    });
  },
});

const pages = defineCollection({
  name: "pages",
  directory: `${contentDir}/pages`,
  include: "*.mdx",
  parser: strictFrontmatter,
  schema: fieldsAsRead,
  transform: (document, context) => {
    const file = `${contentDir}/pages/${document._meta.filePath}`;
    return report.check(file, context.skip, async () => {
      const page = validated(pageSchema, document);
      const badName = fileNameProblem(page._meta.fileName);
      if (badName) throw new Error(badName);
      const body = await compileBody(page, context);
      const details = practiceIn(context);
      if (details) checkPracticeDetailTags(page.content, details);
      const { content, ...frontmatter } = page;
      return { ...frontmatter, slug: page._meta.path, sourceFile: file, body, toc: tableOfContents(content) };
    });
  },
});

const faqs = defineCollection({
  name: "faqs",
  directory: `${contentDir}/faqs`,
  include: "*.yaml",
  parser: strictYaml,
  schema: fieldsAsRead,
  transform: (document, context) => {
    const file = `${contentDir}/faqs/${document._meta.filePath}`;
    return report.check(file, context.skip, async () => {
      const topic = validated(faqTopicSchema, document);
      const others = validOnly(faqTopicSchema, await context.collection.documents()).filter(
        (other) => other._meta.filePath !== topic._meta.filePath,
      );
      for (const question of topic.questions) {
        const twin = others.find((other) => other.questions.some((q) => q.id === question.id));
        if (twin || topic.questions.filter((q) => q.id === question.id).length > 1) {
          throw new Error(
            `question id "${question.id}" is used twice${twin ? ` (also in ${contentDir}/faqs/${twin._meta.filePath})` : ""}. Each id is a link anchor and must be unique`,
          );
        }
      }
      const details = practiceIn(context);
      const fill = (text: string) => (details ? fillDetailTokens(text, details) : text);
      const questions = topic.questions.map((item) => ({
        ...item,
        question: fill(item.question),
        answer: fill(item.answer),
        quotesExampleValue: details ? quotesExampleDetail(`${item.question} ${item.answer}`, details) : false,
      }));
      return { ...topic, slug: topic._meta.path, questions, sourceFile: file };
    });
  },
});

const offices = defineCollection({
  name: "offices",
  directory: `${contentDir}/offices`,
  include: "*.yaml",
  parser: strictYaml,
  schema: fieldsAsRead,
  transform: (document, context) => {
    const file = `${contentDir}/offices/${document._meta.filePath}`;
    return report.check(file, context.skip, () => {
      const office = validated(officeSchema, document);
      return { ...office, slug: office._meta.path, sourceFile: file };
    });
  },
});

/** The self-check on /candidacy; problems name the question (and answer) by id, so staff need not count items. */
const candidacy = defineSingleton({
  name: "candidacy",
  filePath: `${contentDir}/candidacy.yaml`,
  parser: strictYaml,
  schema: fieldsAsRead,
  transform: (document, context) => {
    const file = `${contentDir}/candidacy.yaml`;
    return report.check(file, context.skip, () => {
      const rules = validated(candidacySchema, document, { nameItemsById: true });
      const details = practiceIn(context);
      return { ...(details ? fillDetailTokensEverywhere(rules, details) : rules), sourceFile: file };
    });
  },
});

export default defineConfig({ content: [clinicians, articles, pages, faqs, offices, practice, candidacy] });
