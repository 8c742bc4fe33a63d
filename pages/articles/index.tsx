import { staticPageProps } from "@/components/site/static-page";
import { StaticPageView } from "@/components/site/static-page-view";
import { ArticleCard } from "@/components/article/article-card";
import { PageHeader } from "@/components/site/page-header";
import { getArticles } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/page-metadata";

function ArticlesPage() {
  const articles = getArticles();
  return (
    <>
      <PageHeader
        title="Articles"
        lead="Plain explanations of ketamine-assisted psychotherapy, what the research shows and where it is still thin. Each article cites its sources and says who reviewed it and when."
      />
      <div className="mx-auto max-w-page px-4 py-12 sm:px-6">
        <ul className="grid gap-6 md:grid-cols-2">
          {articles.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

/** Zero JavaScript: prerendered HTML and CSS only. `runtime` is there for Next's generated type check of `config`. */
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = () =>
  staticPageProps(
    <ArticlesPage />,
    pageMetadata({
      title: "Articles about ketamine-assisted psychotherapy",
      description:
        "Plain, carefully sourced articles on ketamine-assisted psychotherapy: what it is, the evidence, safety, sessions and how it compares with other options.",
      path: "/articles",
    }),
  );

export default StaticPageView;
