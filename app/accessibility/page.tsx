import { MdxPage } from "@/components/site/mdx-page";
import { contentPageMetadata } from "@/lib/seo/page-metadata";

export const metadata = contentPageMetadata("accessibility");

export default function AccessibilityPage() {
  return <MdxPage slug="accessibility" />;
}
