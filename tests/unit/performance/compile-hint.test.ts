import { describe, expect, it } from "vitest";
import { COMPILE_HINT, startupScriptUrls, withCompileHint } from "@/lib/performance/compile-hint";

describe("V8 compile hint", () => {
  it("puts the hint on the first line, where V8 reads it, and leaves the code as it was", () => {
    const source = '(globalThis.TURBOPACK||[]).push(["x",1,(e)=>{}]);';
    expect(withCompileHint(source)).toBe(`${COMPILE_HINT}\n${source}`);
  });

  it("adds the hint only once when the build step runs again", () => {
    const once = withCompileHint("let a = 1;");
    expect(withCompileHint(once)).toBe(once);
  });

  it("finds each script a page loads at start-up once, and skips nomodule polyfills and inline scripts", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/legacy.js" noModule=""></script>',
      "<script>self.__next_f.push([0])</script>",
      '<script type="application/ld+json">{"@type":"Thing"}</script>',
      "<script async src='/_next/static/chunks/b.js'></script>",
      '<script src="/_next/static/chunks/a.js" async=""></script>',
    ].join("");
    expect(startupScriptUrls(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
  });
});
