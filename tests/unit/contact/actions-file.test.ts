import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Every export of a "use server" file becomes an endpoint anyone can call, so the file must hold one action only.
describe("app/contact/actions.ts", () => {
  const source = readFileSync("app/contact/actions.ts", "utf8");

  it("is a server-actions file", () => {
    expect(source.trimStart().startsWith('"use server"')).toBe(true);
  });

  it("exports exactly one thing: the submitInquiry action", () => {
    const exported = [
      ...source.matchAll(/^export\s+(?:async\s+)?(?:function|const|let|var|class|default|\{)\s*([A-Za-z_$][\w$]*)?/gm),
    ].map((match) => match[1] ?? "(default or list)");
    expect(exported).toEqual(["submitInquiry"]);
  });
});
