import { MdxPage } from "@/components/site/mdx-page";
import { contentPageMetadata } from "@/lib/seo/page-metadata";

export const metadata = contentPageMetadata("candidacy");

export default function CandidacyPage() {
  return <MdxPage slug="candidacy" />;
}
