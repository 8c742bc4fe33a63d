import { MdxPage } from "@/components/site/mdx-page";
import { contentPageMetadata } from "@/lib/seo/page-metadata";

export const metadata = contentPageMetadata("privacy");

export default function PrivacyPage() {
  return <MdxPage slug="privacy" />;
}
