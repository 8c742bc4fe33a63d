import { staticPageProps } from "@/components/site/static-page";
import { StaticPageView } from "@/components/site/static-page-view";
import { SiteLink } from "@/components/ui/site-link";
import { ArticleCard } from "@/components/article/article-card";
import { OfficeCard } from "@/components/locations/office-card";
import { PhasesIllustration } from "@/components/site/phases-illustration";
import { TalkToUs } from "@/components/site/talk-to-us";
import { ButtonLink } from "@/components/ui/button-link";
import { getArticles, getOffices, getPractice } from "@/lib/content";
import { capitalized, neighborhoodList, neighborhoodsWithAreas, officeCount } from "@/lib/offices-in-words";
import { HomeSection } from "@/components/site/home-section";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { JsonLd } from "@/components/seo/json-ld";
import { practiceJsonLd } from "@/lib/seo/structured-data/organization";

const phases = [
  {
    name: "Preparation",
    text: "You meet your therapist, talk through what you hope for and what worries you, and agree how sessions will run. A medical clinician completes a screening first.",
  },
  {
    name: "Medicine session",
    text: "In a quiet room at our office, you take a prescribed dose of ketamine while a clinician stays with you. Most of the effect passes within a couple of hours.",
  },
  {
    name: "Integration",
    text: "In the sessions that follow, you and your therapist make sense of the experience and turn what you noticed into changes in daily life.",
  },
];

function HomePage() {
  const practice = getPractice();
  const offices = getOffices();
  return (
    <>
      <JsonLd data={practiceJsonLd(practice, offices)} />
      <div className="bg-sand-100">
        <div className="mx-auto grid max-w-page items-center gap-10 px-4 py-14 sm:px-6 md:grid-cols-[minmax(0,1fr)_minmax(0,26rem)] md:py-20">
          <div>
            <h1 className="text-4xl font-semibold leading-tight sm:text-5xl">
              Ketamine-assisted psychotherapy in Los Angeles
            </h1>
            <p className="mt-5 max-w-measure text-lg text-ink-soft">
              {practice.name} offers ketamine-assisted psychotherapy (KAP) at {officeCount(offices)}, in{" "}
              {neighborhoodList(offices)}: careful screening, a therapist who knows you, and time to make sense of what
              you experience.
            </p>
            <div className="mt-8 flex flex-wrap gap-4">
              <ButtonLink href="/contact">Contact us</ButtonLink>
              <ButtonLink href="/candidacy" variant="secondary">
                Is KAP right for me?
              </ButtonLink>
            </div>
          </div>
          <PhasesIllustration />
        </div>
      </div>

      <HomeSection id="what-is-kap" title="What ketamine-assisted psychotherapy is">
        <p>
          KAP combines psychotherapy with carefully dosed ketamine, a medicine used in anesthesia for decades. At lower
          doses ketamine changes how you think and feel for an hour or two. Some researchers think this may loosen
          familiar patterns of thought for a while, but that is still an idea being studied, not a proven fact. How it
          feels varies a lot: some people find it calm or helpful, and others find it strange, unpleasant or not helpful
          at all.
        </p>
        <p>
          The therapy is the center of the work: the medicine session sits between preparation and integration, so that
          what you notice can lead somewhere. Using ketamine for depression, trauma or anxiety is off-label in the
          United States, and research on KAP itself is still early. We say so plainly in our{" "}
          <SiteLink href="/articles/what-is-ketamine-assisted-psychotherapy">introduction to KAP</SiteLink>.
        </p>
      </HomeSection>

      <HomeSection id="who-it-helps" title="Who it is considered for" tone="tinted">
        <p>
          KAP is most often considered by adults whose depression has not lifted enough with other treatments, and by
          people living with the effects of trauma or PTSD. Some people with anxiety also explore it. It is not a first
          step and not right for everyone: a history of psychosis, some heart conditions and pregnancy can rule it out,
          and some medications may need a change in plan or rule it out. Our page{" "}
          <a href="/candidacy">Is KAP right for me?</a> explains who may benefit and who should not do it.
        </p>
      </HomeSection>

      <HomeSection id="how-it-works" title="Three phases">
        <ol className="grid gap-6 md:grid-cols-3">
          {phases.map((phase, index) => (
            <li key={phase.name} className="rounded-xl border border-sand-200 bg-white p-6">
              <p className="font-serif text-sm font-semibold uppercase tracking-wide text-clay-800">
                Phase {index + 1}
              </p>
              <h3 className="mt-1 text-xl font-semibold">{phase.name}</h3>
              <p className="mt-2 text-ink-soft">{phase.text}</p>
            </li>
          ))}
        </ol>
        <p>
          Read more in <SiteLink href="/articles/what-a-kap-session-is-like">what a KAP session is like</SiteLink>.
        </p>
      </HomeSection>

      <HomeSection id="safety" title="Safety and screening" tone="tinted">
        <p>
          Before any medicine session, a medical clinician reviews your health, your medications and your blood
          pressure, and decides whether ketamine is medically appropriate for you. During a session a clinician stays
          with you and checks how you are doing. Afterward you cannot drive until the next day, so someone takes you
          home. Common short-term effects include feeling disconnected, sleepiness, nausea, dizziness and a rise in
          blood pressure. Our article <SiteLink href="/articles/is-kap-safe">Is KAP safe?</SiteLink> covers side effects
          and who should not do KAP.
        </p>
      </HomeSection>

      <HomeSection id="offices" title={`${capitalized(officeCount(offices))} in Los Angeles`}>
        <p>We offer ketamine-assisted psychotherapy in person {neighborhoodsWithAreas(offices)}.</p>
        <ul className="grid gap-6 md:grid-cols-2">
          {offices.map((office) => (
            <li key={office.slug}>
              <OfficeCard office={office} headingLevel="h3" />
            </li>
          ))}
        </ul>
      </HomeSection>

      <HomeSection id="latest" title="Read before you decide" tone="tinted">
        <ul className="grid gap-6 md:grid-cols-3">
          {getArticles()
            .slice(0, 3)
            .map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} headingLevel="h3" />
              </li>
            ))}
        </ul>
      </HomeSection>

      <div className="mx-auto max-w-page px-4 sm:px-6">
        <TalkToUs heading="Reach out when you are ready" />
      </div>
    </>
  );
}

/** Zero JavaScript: prerendered HTML and CSS only. `runtime` is there for Next's generated type check of `config`. */
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export function getStaticProps() {
  const practice = getPractice();
  return staticPageProps(
    <HomePage />,
    pageMetadata({
      title: `${practice.serviceName} in Los Angeles | ${practice.name}`,
      absoluteTitle: true,
      description: practice.description,
      path: "/",
    }),
  );
}

export default StaticPageView;
