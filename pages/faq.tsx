import { staticPageProps } from "@/components/site/static-page";
import { StaticPageView } from "@/components/site/static-page-view";
import { FaqItem } from "@/components/faq/faq-item";
import { PageHeader } from "@/components/site/page-header";
import { TalkToUs } from "@/components/site/talk-to-us";
import { getFaqTopics } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { FAQ_PAGE_MICRODATA } from "@/lib/seo/structured-data/faq";

function FaqPage() {
  const topics = getFaqTopics();
  return (
    <>
      <PageHeader
        title="Frequently asked questions"
        lead="Straight answers to what people ask us most. Select a question to open its answer."
      />
      <div className="mx-auto grid max-w-page gap-10 px-4 py-12 sm:px-6 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <nav aria-labelledby="faq-topics" className="lg:sticky lg:top-6 lg:self-start">
          <h2 id="faq-topics" className="font-serif text-lg font-semibold">
            Topics
          </h2>
          <ul className="mt-3 space-y-2">
            {topics.map((topic) => (
              <li key={topic.topic}>
                <a href={`#topic-${topic.slug}`}>{topic.topic}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="min-w-0 space-y-12" {...FAQ_PAGE_MICRODATA}>
          {topics.map((topic) => (
            <section key={topic.topic} aria-labelledby={`topic-${topic.slug}`}>
              <h2 id={`topic-${topic.slug}`} className="scroll-mt-6 text-2xl font-semibold">
                {topic.topic}
              </h2>
              <div className="mt-4 space-y-3">
                {topic.questions.map((item) => (
                  <FaqItem key={item.id} {...item} />
                ))}
              </div>
            </section>
          ))}
          <TalkToUs heading="Still have a question?" />
        </div>
      </div>
    </>
  );
}

/** Zero JavaScript: prerendered HTML and CSS only. `runtime` is there for Next's generated type check of `config`. */
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = () =>
  staticPageProps(
    <FaqPage />,
    pageMetadata({
      title: "Frequently asked questions about KAP",
      description:
        "Answers about ketamine-assisted psychotherapy: cost and insurance, number of sessions, side effects, medications, driving, telehealth and safety.",
      path: "/faq",
    }),
  );

export default StaticPageView;
