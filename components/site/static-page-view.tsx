import Head from "next/head";
import type { StaticPageProps } from "./static-page";

/**
 * What a zero-JavaScript content page's module renders: the head tags and the HTML made at build time by
 * staticPageProps. `contents` keeps this wrapper out of the layout, so the page lays out as in the root layout.
 */
export function StaticPageView({ head, html }: StaticPageProps) {
  return (
    <>
      <Head>
        {/* As the App Router writes it; replaces the Pages Router's default `width=device-width`. */}
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {head.map((tag, index) => {
          const key = `${tag.tag}-${index}`;
          if (tag.tag === "title") return <title key={key}>{tag.text}</title>;
          if (tag.tag === "meta")
            return <meta key={key} name={tag.name} property={tag.property} content={tag.content} />;
          return <link key={key} rel={tag.rel} href={tag.href} type={tag.type} title={tag.title} sizes={tag.sizes} />;
        })}
      </Head>
      <div className="contents" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
