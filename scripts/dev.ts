/**
 * `npm run dev`: Content Collections' watcher beside `next dev`, as the library's CLI guide sets them up. The
 * watcher rebuilds the content on every save and prints its problems in this terminal; Next reloads the page from
 * what it wrote. Arguments go to `next dev` (`npm run dev -- --port 3001`). When either stops, so does the other.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const bin = (name: string) => `node_modules/.bin/${name}`;

// On a clean clone nothing is generated yet: build once, so Next's first compile finds the content.
if (!existsSync(".content-collections/generated/index.js")) {
  spawnSync(bin("content-collections"), ["build"], { stdio: "inherit" });
}

const children = [
  spawn(bin("content-collections"), ["watch"], { stdio: "inherit" }),
  spawn(bin("next"), ["dev", ...process.argv.slice(2)], { stdio: "inherit" }),
];
for (const child of children) {
  child.on("exit", (code) => {
    for (const other of children) if (other !== child && other.exitCode === null) other.kill("SIGTERM");
    process.exitCode = code ?? 0;
  });
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => children.forEach((child) => child.kill(signal)));
}
