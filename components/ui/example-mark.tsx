import { EXAMPLE_MARK_TEXT, isExamplePreview } from "@/lib/example-preview";

/**
 * In a preview build, follows each practice detail that is still an example, so no one takes it for fact. Real
 * text, not a colour alone, so screen readers say it too; nothing at all in other builds.
 */
export function ExampleMark({ when = true }: { when?: boolean }) {
  if (!when || !isExamplePreview()) return null;
  return (
    <>
      {" "}
      <span className="example-mark rounded-sm border border-current px-1 text-[0.85em] font-semibold not-italic">
        {EXAMPLE_MARK_TEXT}
      </span>
    </>
  );
}
