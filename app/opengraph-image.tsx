import { shareCard } from "@/components/seo/share-card";
import { getOffices, getPractice } from "@/lib/content";
import { neighborhoodList } from "@/lib/offices-in-words";

const practice = getPractice();

export const alt = `${practice.name}: ${practice.serviceName} in Los Angeles`;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function Image() {
  return shareCard({
    eyebrow: practice.serviceName.toUpperCase(),
    title: `${practice.serviceName} in Los Angeles`,
    footer: `${practice.name} · ${neighborhoodList(getOffices(), "&")}`,
  });
}
