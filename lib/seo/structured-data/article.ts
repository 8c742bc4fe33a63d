import type { CreativeWork, MedicalWebPage, Organization, Person, WithContext } from "schema-dts";
import type { Article, Person as ContentPerson } from "../../content";
import { CLINICAL_TEAM } from "../../content-schema/clinician";
import { isPlaceholderAuthor, isPlaceholderReview } from "../../example-fields";
import type { PracticeData } from "../../content-schema/practice";
import { articlePath } from "../routes";
import { absoluteUrl } from "../site-url";
import { practiceId } from "./organization";

function agent(person: ContentPerson, practice: PracticeData): Person | Organization {
  if (person.slug === CLINICAL_TEAM)
    return { "@type": "Organization", name: person.name, parentOrganization: { "@id": practiceId() } };
  return {
    "@type": "Person",
    name: person.name,
    ...(person.credentials ? { honorificSuffix: person.credentials } : {}),
    jobTitle: person.role,
    worksFor: { "@id": practiceId() },
    affiliation: { "@type": "Organization", name: practice.name },
  };
}

function citation(reference: Article["references"][number]): CreativeWork {
  return {
    "@type": "ScholarlyArticle",
    name: reference.title,
    author: reference.authors,
    datePublished: String(reference.year),
    publisher: reference.publisher,
    ...(reference.doi ? { sameAs: `https://doi.org/${reference.doi}`, identifier: `doi:${reference.doi}` } : {}),
    ...(reference.url ? { url: reference.url } : {}),
  };
}

/**
 * An article as a MedicalWebPage: who wrote and reviewed it, when, and what it cites. A review claim that is still
 * a placeholder (no named clinician) is left out: a search engine is never told of a review that did not happen.
 */
export function articleJsonLd(
  article: Article,
  people: { author: ContentPerson; reviewer?: ContentPerson },
  practice: PracticeData,
): WithContext<MedicalWebPage> {
  const url = absoluteUrl(articlePath(article.slug));
  const review =
    people.reviewer && article.lastReviewed && !isPlaceholderReview(article)
      ? { lastReviewed: article.lastReviewed, reviewedBy: agent(people.reviewer, practice) }
      : {};
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "@id": `${url}#page`,
    url,
    headline: article.title,
    name: article.title,
    description: article.description,
    inLanguage: "en-US",
    image: absoluteUrl(`${articlePath(article.slug)}/opengraph-image`),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    // A placeholder author is not a person who wrote it: search engines are told only that the practice published it.
    author: isPlaceholderAuthor(article) ? { "@id": practiceId() } : agent(people.author, practice),
    ...review,
    publisher: { "@id": practiceId() },
    keywords: article.tags.join(", "),
    citation: article.references.map(citation),
  };
}
