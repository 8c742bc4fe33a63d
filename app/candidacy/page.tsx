import { SelfCheck } from "@/components/candidacy/self-check";
import { MdxPage } from "@/components/site/mdx-page";
import { getCandidacy } from "@/lib/content";
import { contentPageMetadata } from "@/lib/seo/page-metadata";

export const metadata = contentPageMetadata("candidacy");

export default function CandidacyPage() {
  return <MdxPage slug="candidacy" before={<SelfCheck rules={getCandidacy()} />} />;
}
