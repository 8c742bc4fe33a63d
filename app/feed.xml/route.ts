import { getArticles, getPractice } from "@/lib/content";
import { rssFeed } from "@/lib/seo/rss-feed";

export const dynamic = "force-static";

export function GET() {
  const published = getArticles().filter((article) => !article.draft);
  return new Response(rssFeed(published, getPractice()), { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
