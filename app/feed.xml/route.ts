import { getPublishedArticles, getPractice } from "@/lib/content";
import { rssFeed } from "@/lib/seo/rss-feed";

export const dynamic = "force-static";

export function GET() {
  return new Response(rssFeed(getPublishedArticles(), getPractice()), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
