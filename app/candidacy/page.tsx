import { SelfCheck } from "@/components/candidacy/self-check";
import { MdxPage } from "@/components/site/mdx-page";
import { getCandidacy } from "@/lib/content";
import { contentPageMetadata } from "@/lib/seo/page-metadata";

// Rendered per request: proxy.ts gives each response a fresh script nonce, which Next writes into its scripts.
export const dynamic = "force-dynamic";

export const metadata = contentPageMetadata("candidacy");

export default function CandidacyPage() {
  return <MdxPage slug="candidacy" before={<SelfCheck rules={getCandidacy()} />} />;
}
