/**
 * The MDN HTTP Observatory's ten tests over HTTPS through Caddy, on the home page, an article and the contact page.
 * Caddy listens on 80 and 443 for localhost: the scanner's entry point, scan(hostname), takes no port, and its
 * redirection test follows http://localhost/ to https://localhost/ as it would for the real domain.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePath } from "@/lib/seo/routes";
import { allArticles } from "../../.content-collections/generated/index.js";
import { observatoryScan, type PathReport } from "../support/observatory/observatory";
import { startProxyStack, type ProxyStack } from "../support/proxy-stack";

const article = allArticles.find((candidate) => !candidate.draft);
if (!article) throw new Error("the content has no published article to scan");
const PATHS = ["/", articlePath(article.slug), "/contact"];

let stack: ProxyStack;
let reports: PathReport[];

beforeAll(async () => {
  stack = await startProxyStack({ instances: 2, httpPort: 80, httpsPort: 443 });
  reports = observatoryScan("localhost", PATHS, stack.caddy.rootCertificatePath);
  console.log(
    `MDN HTTP Observatory over HTTPS through Caddy:\n${reports
      .map(
        (report) =>
          `  ${report.path}: ${report.score}/100, grade ${report.grade}, ${report.testsPassed} of ${report.testsQuantity} tests passed`,
      )
      .join("\n")}`,
  );
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe("the MDN HTTP Observatory over HTTPS", () => {
  for (const path of PATHS) {
    it(`passes all ten tests on ${path}`, () => {
      const report = reports.find((candidate) => candidate.path === path)!;
      expect(report.statusCode).toBe(200);
      const failed = Object.entries(report.tests).filter(([, test]) => !test.pass);
      expect(failed, `failed on ${path}`).toEqual([]);
      expect(Object.keys(report.tests)).toHaveLength(10);
      expect(report.testsPassed).toBe(10);
      expect(report.tests["strict-transport-security"]!.result).toBe("hsts-implemented-max-age-at-least-six-months");
      expect(report.tests.redirection!.result).toBe("redirection-to-https");
    });
  }

  it("scores a path as the package's own scan() scores it (checked on /, the one path scan() can reach)", () => {
    const home = reports.find((candidate) => candidate.path === "/")!;
    const { path: _path, stepByStep, ...viaScan } = home;
    expect(stepByStep).toEqual(viaScan);
  });
});
