import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/headers";
import { inlineScriptHashes } from "@/lib/security/inline-script-hashes";

const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

describe("inline script hashes", () => {
  it("hashes each inline script exactly as written, once", () => {
    const html = `<script>self.__next_f.push([1,"a"])</script><p>x</p><script>self.__next_f.push([1,"a"])</script><script >\n let b = 2;\n</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"a"])'), sha("\n let b = 2;\n")]);
  });

  it("skips external scripts and JSON-LD data blocks", () => {
    const html = `<script src="/_next/a.js" async=""></script><script type="application/ld+json">{"@type":"Thing"}</script>`;
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it("puts the hashes in script-src and never allows inline code wholesale", () => {
    const csp = contentSecurityPolicy(["sha256-abc"]);
    expect(csp).toContain("script-src 'self' 'sha256-abc'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("default-src 'none'");
  });
});
