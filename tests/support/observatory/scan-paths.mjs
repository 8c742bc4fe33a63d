/**
 * Runs the MDN HTTP Observatory's ten tests on some paths of one host and prints one JSON report per path.
 * Started by observatory.ts in a process of its own, because Node reads NODE_EXTRA_CA_CERTS (Caddy's local root,
 * so the scanner verifies the certificate as a browser would) only when a process starts.
 *
 * Usage: node scan-paths.mjs <package folder> <hostname> <path>...
 *
 * "/" goes through the package's own entry point, scan(hostname), exactly as its CLI runs it. scan() has no way to
 * name another path, so for the others this does what scan() does with the package's own parts: retrieve() (which
 * takes a path), the same ALL_TESTS, and the same scoring from its grader. The test compares the two on "/", so
 * if a later version of the package scores differently from this copy of its steps, the test says so.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";

const [packageFolder, hostname, ...paths] = process.argv.slice(2);
const from = (file) => import(pathToFileURL(path.join(packageFolder, file)).href);
const { scan } = await from("src/index.js");
const { retrieve } = await from("src/retriever/retriever.js");
const { ALL_TESTS, NUM_TESTS } = await from("src/constants.js");
const { getGradeForScore, getScoreModifier } = await from("src/grader/grader.js");
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await from("src/grader/charts.js");

const summary = (tests) =>
  Object.fromEntries(
    Object.values(tests).map((test) => [test.constructor.name, { pass: test.pass, result: test.result }]),
  );

/** scanner/index.js's scan(), step by step, for a path. */
async function scanPath(pathname) {
  const requests = await retrieve(hostname, { path: pathname });
  if (!requests.responses.auto) throw new Error(`${hostname}${pathname} did not answer`);
  const results = ALL_TESTS.map((test) => test(requests));
  let withExtraCredit = 100;
  let uncurved = 100;
  let passed = 0;
  for (const result of results) {
    if (!result.result) continue;
    const modifier = getScoreModifier(result.result);
    passed += result.pass ? 1 : 0;
    withExtraCredit += modifier;
    if (modifier < 0) uncurved += modifier;
  }
  const { score, grade } = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
  return {
    statusCode: requests.responses.auto.status,
    score,
    grade,
    testsPassed: passed,
    testsQuantity: NUM_TESTS,
    tests: summary(results),
  };
}

const reports = [];
for (const pathname of paths) {
  if (pathname === "/") {
    const { scan: result, tests } = await scan(hostname);
    const viaScan = {
      statusCode: result.statusCode,
      score: result.score,
      grade: result.grade,
      testsPassed: result.testsPassed,
      testsQuantity: result.testsQuantity,
      tests: summary(tests),
    };
    reports.push({ path: pathname, ...viaScan, stepByStep: await scanPath(pathname) });
  } else {
    reports.push({ path: pathname, ...(await scanPath(pathname)) });
  }
}
console.log(JSON.stringify(reports));
