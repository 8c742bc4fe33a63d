import { getPractice } from "@/lib/content";
import { lookUpPracticeDetail } from "@/lib/practice-details";
import { ExampleMark } from "../ui/example-mark";

/** `<PracticeDetail name="minimumAge" />` in MDX: the value from content/practice.yaml, as plain inline text. */
export function PracticeDetail({ name }: { name: string }) {
  const detail = lookUpPracticeDetail(getPractice(), name);
  // The content build refuses unknown names; this only fires if that check was bypassed.
  if (!detail)
    throw new Error(`<PracticeDetail name="${name}" /> names nothing in content/practice.yaml: add it under policies`);
  return (
    <>
      {detail.value}
      <ExampleMark when={detail.isExample} />
    </>
  );
}
