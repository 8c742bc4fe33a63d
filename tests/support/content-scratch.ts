import { cpSync, mkdirSync } from "node:fs";
import path from "node:path";
import { runContentBuild } from "@/lib/content-build/run-content-build";

/**
 * A minimal content folder under `root`: the site's real practice file, clinicians and self-check, plus fixture
 * files from tests/fixtures/content, each copied to the place given (`{ "candidacy.yaml": "candidacy/x.yaml" }`),
 * which may replace one of the real files. Keep `root` inside the project so the build still finds node_modules.
 */
export function contentFolder(root: string, files: Record<string, string>): string {
  const dir = path.join(root, "content");
  mkdirSync(path.join(dir, "articles"), { recursive: true });
  cpSync("content/practice.yaml", path.join(dir, "practice.yaml"));
  cpSync("content/candidacy.yaml", path.join(dir, "candidacy.yaml"));
  cpSync("content/clinicians", path.join(dir, "clinicians"), { recursive: true });
  for (const [target, fixture] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, target)), { recursive: true });
    cpSync(path.join("tests/fixtures/content", fixture), path.join(dir, target));
  }
  return dir;
}

/** Runs the real content build (as `next build` does) on such a folder and returns every problem it reports. */
export async function buildProblemsIn(root: string, files: Record<string, string>) {
  process.env.CONTENT_DIR = contentFolder(root, files);
  try {
    return await runContentBuild({ outputDir: path.join(root, "out") });
  } finally {
    delete process.env.CONTENT_DIR;
  }
}
