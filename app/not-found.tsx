import { NotFoundContent } from "@/components/site/not-found-content";
import { NOT_FOUND_METADATA } from "@/lib/seo/page-metadata";

// Unknown addresses are answered by pages/[...missing].tsx without JavaScript; this covers notFound() in app/.
export const metadata = NOT_FOUND_METADATA;

export default function NotFound() {
  return <NotFoundContent />;
}
