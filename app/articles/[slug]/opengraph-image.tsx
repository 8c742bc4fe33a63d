import { shareCard } from "@/components/seo/share-card";
import { getArticle, getArticles, getPractice } from "@/lib/content";

export const alt = "The article's title on a calm background, with the practice's name";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  const practice = getPractice();
  return shareCard({ eyebrow: "ARTICLE", title: article?.title ?? practice.serviceName, footer: practice.name });
}
