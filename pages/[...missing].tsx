import type { GetServerSideProps } from "next";
import { NotFoundContent } from "@/components/site/not-found-content";
import { staticPageProps, type StaticPageProps } from "@/components/site/static-page";
import { StaticPageView } from "@/components/site/static-page-view";
import { NOT_FOUND_METADATA } from "@/lib/seo/page-metadata";

/**
 * Every address no route claims, including an unknown article or office (their `fallback: false` hands the
 * request on to this route). Next would otherwise answer with the App Router's 404 page, which carries its runtime.
 */
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<StaticPageProps> = async ({ res }) => {
  res.statusCode = 404;
  return staticPageProps(<NotFoundContent />, NOT_FOUND_METADATA);
};

export default StaticPageView;
