import { isPlaceholderAuthor, isPlaceholderReview, looksLikeExample } from "../example-fields";

/** A value staff still have to replace: the build lists these as one warning. */
export type ExampleValue = { file: string; field: string; value: string };

type DataFile = { sourceFile: string; exampleFields: string[] } & Record<string, unknown>;

function readPath(data: unknown, dotted: string): unknown {
  return dotted
    .split(".")
    .reduce<unknown>(
      (value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined),
      data,
    );
}

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function fieldsHoldingExamples(data: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(data).flatMap(([key, value]) => {
    const field = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") return looksLikeExample(value) ? [field] : [];
    if (value && typeof value === "object" && !Array.isArray(value))
      return fieldsHoldingExamples(value as Record<string, unknown>, field);
    return [];
  });
}

/** Lists the fields a file marks as examples, plus any fictional phone number or example domain it did not mark. */
export function listExampleValues(files: DataFile[]): ExampleValue[] {
  return files.flatMap((file) => {
    const { exampleFields, sourceFile, ...data } = file;
    const fields = [...new Set([...exampleFields, ...fieldsHoldingExamples(data)])];
    return fields.map((field) => ({ file: sourceFile, field, value: show(readPath(data, field)) }));
  });
}

type ReviewedFile = { sourceFile: string; author?: string; reviewedBy?: string; lastReviewed?: string };

/** Each article or page whose authorship or review claim is still the placeholder "clinical-team". */
export function listPlaceholderReviews(files: ReviewedFile[]): ExampleValue[] {
  return files.flatMap((file) => [
    ...(isPlaceholderAuthor(file)
      ? [
          {
            file: file.sourceFile,
            field: "author",
            value: `${file.author} (no named clinician has confirmed writing it)`,
          },
        ]
      : []),
    ...(isPlaceholderReview(file)
      ? [
          {
            file: file.sourceFile,
            field: "reviewedBy",
            value: `${file.reviewedBy}, lastReviewed ${file.lastReviewed ?? "not set"} (no named clinician has reviewed it)`,
          },
        ]
      : []),
  ]);
}

export function formatExampleValues(values: ExampleValue[]): string {
  return [
    `${values.length} value${values.length === 1 ? " is an example" : "s are examples"}, not confirmed facts. Confirm or replace each before launch, then delete its line under exampleFields (for author and reviewedBy: name the clinician who wrote or reviewed the text):`,
    ...values.map((v) => `  - ${v.file}: ${v.field} = ${v.value}`),
  ].join("\n");
}
