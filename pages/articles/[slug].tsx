import type { GetStaticPaths, GetStaticProps } from "next";
import { staticPageProps, type StaticPageProps } from "@/components/site/static-page";
import { StaticPageView } from "@/components/site/static-page-view";
import { ArticleCard } from "@/components/article/article-card";
import { ArticleMeta } from "@/components/article/article-meta";
import { ReferenceList } from "@/components/article/reference-list";
import { TableOfContents } from "@/components/article/table-of-contents";
import { MdxBody } from "@/components/mdx/mdx-body";
import { PageHeader } from "@/components/site/page-header";
import { TalkToUs } from "@/components/site/talk-to-us";
import { JsonLd } from "@/components/seo/json-ld";
import { getArticle, getArticles, getPerson, getPractice, getRelatedArticles, type Article } from "@/lib/content";
import { articleJsonLd } from "@/lib/seo/structured-data/article";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { articlePath } from "@/lib/seo/routes";

/** Zero JavaScript: prerendered HTML and CSS only. `runtime` is there for Next's generated type check of `config`. */
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => ({
  paths: getArticles().map((article) => ({ params: { slug: article.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<StaticPageProps, { slug: string }> = ({ params }) => {
  const article = getArticle(params?.slug ?? "");
  if (!article) return { notFound: true };
  return staticPageProps(
    <ArticlePage article={article} />,
    pageMetadata({
      title: article.title,
      description: article.description,
      path: articlePath(article.slug),
      article: { publishedTime: article.publishedAt, modifiedTime: article.updatedAt, tags: article.tags },
    }),
  );
};

export default StaticPageView;

function ArticlePage({ article }: { article: Article }) {
  const related = getRelatedArticles(article);
  const people = {
    author: getPerson(article.author),
    reviewer: article.reviewedBy ? getPerson(article.reviewedBy) : undefined,
  };
  return (
    <article>
      <JsonLd data={articleJsonLd(article, people, getPractice())} />
      <PageHeader
        title={article.title}
        lead={article.summary}
        crumbs={[
          { name: "Home", path: "/" },
          { name: "Articles", path: "/articles" },
          { name: article.title, path: articlePath(article.slug) },
        ]}
      >
        <ArticleMeta article={article} />
      </PageHeader>
      <div className="mx-auto grid max-w-page gap-10 px-4 py-10 sm:px-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0">
          <MdxBody code={article.body} />
          <ReferenceList references={article.references} />
          <TalkToUs heading="Questions about KAP?" />
        </div>
        <aside aria-label="Article tools" className="order-first lg:order-last">
          <div className="lg:sticky lg:top-6">
            <TableOfContents entries={article.toc} />
          </div>
        </aside>
      </div>
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mx-auto max-w-page px-4 sm:px-6">
          <h2 id="related-heading" className="text-2xl font-semibold">
            Related articles
          </h2>
          <ul className="mt-6 grid gap-6 md:grid-cols-3">
            {related.map((other) => (
              <li key={other.slug}>
                <ArticleCard article={other} headingLevel="h3" />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
