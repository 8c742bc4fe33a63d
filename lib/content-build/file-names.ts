/** A web address as staff write it: lowercase words (letters, digits) joined by single hyphens. */
const webAddress = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Is KAP_safe" → "is-kap-safe": the name a file should have instead. */
export function asWebAddress(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Article and page file names are their web addresses. Returns what to tell staff when a name is not one
 * ("Is-KAP-Safe.mdx" → rename it is-kap-safe.mdx), or undefined when it is.
 */
export function fileNameProblem(fileName: string): string | undefined {
  const extension = /\.[^.]+$/.exec(fileName)?.[0] ?? "";
  const base = fileName.slice(0, fileName.length - extension.length);
  if (webAddress.test(base)) return undefined;
  return `the file name "${fileName}" is not a web address: rename the file ${asWebAddress(base) || "a-name-like-this"}${extension} (lowercase words joined by hyphens; the name becomes the page's address)`;
}
