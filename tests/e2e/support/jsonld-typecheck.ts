import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { E2E_DIR } from "./e2e-paths";

/**
 * Checks JSON-LD against schema.org's vocabulary as schema-dts encodes it (its types are generated from
 * schema.org's definitions): each block becomes a typed constant and TypeScript refuses unknown types,
 * misspelt or misplaced properties, and values of the wrong kind. Returns the compiler's complaints.
 */
export function typecheckJsonLd(blocks: { route: string; json: string }[], name: string): string[] {
  const file = path.join(E2E_DIR, `${name}.ts`);
  mkdirSync(E2E_DIR, { recursive: true });
  const lines = blocks.map(
    (block, index) => `// ${block.route}\nexport const block${index}: WithContext<Thing> | Graph = ${block.json};`,
  );
  writeFileSync(file, `import type { Graph, Thing, WithContext } from "schema-dts";\n${lines.join("\n")}\n`);
  const result = spawnSync(
    process.execPath,
    [
      path.resolve("node_modules/typescript/bin/tsc"),
      "--noEmit",
      "--strict",
      "--skipLibCheck",
      "--target",
      "es2022",
      "--module",
      "esnext",
      "--moduleResolution",
      "bundler",
      file,
    ],
    { encoding: "utf8" },
  );
  return result.status === 0 ? [] : result.stdout.split("\n").filter((line) => line.includes("error TS"));
}
