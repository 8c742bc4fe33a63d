import { staticPageProps } from "@/components/site/static-page";
import { StaticPageView } from "@/components/site/static-page-view";
import { MdxPage } from "@/components/site/mdx-page";
import { contentPageMetadata } from "@/lib/seo/page-metadata";

function AccessibilityPage() {
  return <MdxPage slug="accessibility" />;
}

/** Zero JavaScript: prerendered HTML and CSS only. `runtime` is there for Next's generated type check of `config`. */
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = () => staticPageProps(<AccessibilityPage />, contentPageMetadata("accessibility"));

export default StaticPageView;
