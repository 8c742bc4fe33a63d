import { describe, expect, it } from "vitest";
import { z } from "zod";
import { problemsIn } from "@/lib/content-build/plain-words";

const validate = (schema: z.ZodType, value: unknown) => problemsIn(schema, value);

describe("zod's default messages in plain words, through the per-parse error map", () => {
  it("words zod's defaults for staff", () => {
    const schema = z.strictObject({
      title: z.string(),
      tags: z.array(z.string()).min(1),
      kind: z.enum(["note", "crisis"]),
    });
    expect(validate(schema, { tags: [], kind: "cuation", titel: "x" })).toEqual([
      "title: is missing: add it",
      "tags: must have at least 1 item(s)",
      "kind: must be one of: note, crisis",
      'the file: has a field this file cannot have: "titel". Check the spelling against the field list in docs/editing-content.md',
    ]);
  });

  it("keeps a message the schema wrote itself", () => {
    const schema = z.object({ year: z.number({ error: "must be the year it was published, like 2022" }) });
    expect(validate(schema, { year: "2022" })).toEqual(["year: must be the year it was published, like 2022"]);
  });
});
