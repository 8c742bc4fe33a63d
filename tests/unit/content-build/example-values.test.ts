import { describe, expect, it } from "vitest";
import { listExampleValues } from "@/lib/content-build/example-values";

describe("example values", () => {
  it("lists marked fields and catches unmarked fictional phones and example domains", () => {
    const values = listExampleValues([
      {
        sourceFile: "content/practice.yaml",
        exampleFields: ["address.street"],
        address: { street: "1 Example St" },
        phone: "(310) 555-0199",
        email: "hi@example.org",
        name: "Real name",
      },
      {
        sourceFile: "content/offices/a.yaml",
        exampleFields: [],
        phone: "(310) 555-1234",
        email: "desk@realpractice.com",
      },
    ]);
    expect(values).toEqual([
      { file: "content/practice.yaml", field: "address.street", value: "1 Example St" },
      { file: "content/practice.yaml", field: "phone", value: "(310) 555-0199" },
      { file: "content/practice.yaml", field: "email", value: "hi@example.org" },
    ]);
  });
});
