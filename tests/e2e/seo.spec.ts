import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { allArticles, allOffices, allFaqs, practice } from "../../.content-collections/generated/index.js";
import { isExampleAt, isPlaceholderAuthor, isPlaceholderReview } from "../../lib/example-fields";
import { crawledPage, problemsOn, publicPages, type PageRecord } from "./support/crawl-record";
import { typecheckJsonLd } from "./support/jsonld-typecheck";
import { publishedArticles, PUBLIC_ROUTES } from "./support/routes";
import { present } from "../support/present";

/** What a field's JSON-LD must be: absent while the content file still marks it as an example. */
const unlessExample = <T>(document: { exampleFields: string[] }, field: string, expected: T) =>
  isExampleAt(document, field) ? undefined : expected;

/** PNG width and height, read from the IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

type JsonLdNode = Record<string, unknown> & { "@type": string };

/** JSON-LD as the 1280px crawl read it from the page. */
const jsonLdOn = (route: string): JsonLdNode[] =>
  crawledPage(1280, route).jsonLd.map((text) => JSON.parse(text) as JsonLdNode);

test("every route has one canonical, a 50–160 character description, its social tags and lang", () => {
  const pages = publicPages(1280);
  const ownCanonical = (page: PageRecord) =>
    page.canonicals.length === 1 && new URL(page.canonicals[0]!).pathname === page.route;
  expect(
    problemsOn(
      pages,
      (page) => !ownCanonical(page) && `canonical links ${JSON.stringify(page.canonicals)}, not one to itself`,
    ),
  ).toEqual([]);
  const length = (page: PageRecord) => (page.description ?? "").length;
  expect(
    problemsOn(
      pages,
      (page) =>
        (length(page) < 50 || length(page) > 160) && `description of ${length(page)} characters: "${page.description}"`,
    ),
  ).toEqual([]);
  expect(problemsOn(pages, (page) => page.ogTitleCount !== 1 && `${page.ogTitleCount} og:title tags`)).toEqual([]);
  expect(
    problemsOn(pages, (page) => page.twitterCard !== "summary_large_image" && `twitter:card ${page.twitterCard}`),
  ).toEqual([]);
  expect(problemsOn(pages, (page) => page.lang !== "en-US" && `lang ${page.lang}`)).toEqual([]);
});

test("every route has a 1200×630 PNG share image", async ({ request }) => {
  const wrong: string[] = [];
  for (const page of publicPages(1280)) {
    const image = page.ogImages[0];
    if (!image) {
      wrong.push(`${page.route} has no og:image`);
      continue;
    }
    const response = await request.get(new URL(image).pathname);
    const type = response.headers()["content-type"];
    const size = type === "image/png" ? pngSize(await response.body()) : undefined;
    if (size?.width !== 1200 || size.height !== 630)
      wrong.push(`${page.route}: ${image} is ${type} ${JSON.stringify(size)}`);
  }
  expect(wrong).toEqual([]);
});

test("articles share their own image, not the site's", () => {
  const article = present(publishedArticles[0], "a published article");
  const image = crawledPage(1280, `/articles/${article.slug}`).ogImages[0];
  expect(new URL(image!).pathname).toMatch(new RegExp(`^/articles/${article.slug}/opengraph-image`));
});

test("home carries the practice as a MedicalBusiness with both offices", () => {
  const business = jsonLdOn("/").find((node) => node["@type"] === "MedicalBusiness")!;
  expect(business.name).toBe(practice!.name);
  expect(business.telephone).toBe(unlessExample(practice!, "phone", practice!.phone));
  const departments = business.department as JsonLdNode[];
  expect(departments.map((d) => d["@type"])).toEqual(allOffices.map(() => "MedicalClinic"));
});

for (const office of allOffices) {
  test(`the ${office.slug} page describes its own MedicalClinic from the office file`, () => {
    const nodes = jsonLdOn(`/locations/${office.slug}`);
    const clinic = nodes.find((node) => node["@type"] === "MedicalClinic")!;
    expect(clinic.address).toEqual(
      unlessExample(office, "address", {
        "@type": "PostalAddress",
        streetAddress: [office.address.street, office.address.suite].filter(Boolean).join(", "),
        addressLocality: office.address.city,
        addressRegion: office.address.region,
        postalCode: office.address.postalCode,
        addressCountry: office.address.country,
      }),
    );
    expect(clinic.geo).toEqual(
      unlessExample(office, "geo", {
        "@type": "GeoCoordinates",
        latitude: office.geo.latitude,
        longitude: office.geo.longitude,
      }),
    );
    expect(clinic.telephone).toBe(unlessExample(office, "phone", office.phone));
    expect(new URL(clinic.url as string).pathname).toBe(`/locations/${office.slug}`);
    expect(clinic.openingHoursSpecification).toEqual(
      unlessExample(
        office,
        "hours",
        office.hours.map((h) => ({
          "@type": "OpeningHoursSpecification",
          dayOfWeek: h.days,
          opens: h.opens,
          closes: h.closes,
        })),
      ),
    );
    const crumbs = nodes.find((node) => node["@type"] === "BreadcrumbList")!;
    expect((crumbs.itemListElement as { name: string }[]).map((item) => item.name)).toEqual([
      "Home",
      "Locations",
      office.name,
    ]);
  });
}

test("each article is a MedicalWebPage with its dates, people and citations", () => {
  for (const article of publishedArticles) {
    const nodes = jsonLdOn(`/articles/${article.slug}`);
    const webPage = nodes.find((node) => node["@type"] === "MedicalWebPage")!;
    expect(webPage.headline).toBe(article.title);
    expect(webPage.datePublished).toBe(article.publishedAt);
    expect(webPage.dateModified).toBe(article.updatedAt);
    // A placeholder author is an example value: search engines are told only that the practice published it.
    if (isPlaceholderAuthor(article)) expect((webPage.author as JsonLdNode)["@id"]).toMatch(/\/#practice$/);
    else expect((webPage.author as JsonLdNode)["@type"]).toMatch(/^(Person|Organization)$/);
    // A review by the placeholder "clinical-team" is an example value: never told to search engines.
    if (isPlaceholderReview(article)) {
      expect(webPage).not.toHaveProperty("reviewedBy");
      expect(webPage).not.toHaveProperty("lastReviewed");
    } else {
      expect(webPage.lastReviewed).toBe(article.lastReviewed);
      expect((webPage.reviewedBy as JsonLdNode).name).toBeTruthy();
    }
    const citations = webPage.citation as JsonLdNode[];
    expect(citations.map((c) => c.name)).toEqual(article.references.map((r) => r.title));
    expect(nodes.some((node) => node["@type"] === "BreadcrumbList")).toBe(true);
  }
});

test("the FAQ page is an FAQPage in microdata, with every confirmed question and its visible answer", async ({
  page,
}) => {
  await page.goto("/faq");
  const questions = await page.evaluate(() =>
    [...document.querySelectorAll('[itemtype="https://schema.org/FAQPage"] [itemprop="mainEntity"]')].map((item) => ({
      type: item.getAttribute("itemtype"),
      name: item.querySelector('[itemprop="name"]')?.textContent ?? "",
      answerType: item.querySelector('[itemprop="acceptedAnswer"]')?.getAttribute("itemtype"),
      text: item.querySelector('[itemprop="acceptedAnswer"] [itemprop="text"]')?.textContent ?? "",
    })),
  );
  const confirmed = (topic: (typeof allFaqs)[number]) => topic.questions.filter((q) => !q.quotesExampleValue);
  expect(questions.map((q) => q.name)).toEqual(
    allFaqs.toSorted((a, b) => a.order - b.order).flatMap((topic) => confirmed(topic).map((q) => q.question)),
  );
  for (const question of questions) {
    expect(question.type).toBe("https://schema.org/Question");
    expect(question.answerType).toBe("https://schema.org/Answer");
    expect(question.text.trim().length, question.name).toBeGreaterThan(20);
    expect(question.text, question.name).not.toContain("Link to this answer");
  }
  expect(
    jsonLdOn("/faq").some((node) => node["@type"] === "FAQPage"),
    "no second copy in JSON-LD",
  ).toBe(false);
});

test("no page's JSON-LD carries a fictional phone number, an example domain or an example street", () => {
  const fictional = /555[\s.-]?01\d\d|example\.(com|org|net)|Example (Avenue|Boulevard)/;
  expect(
    problemsOn(
      publicPages(1280),
      (page) => fictional.test(JSON.stringify(jsonLdOn(page.route))) && `JSON-LD matches ${fictional}`,
    ),
  ).toEqual([]);
});

test("the sitemap is valid XML listing every public page and nothing else", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser().parse(xml);
  const urls = [parsed.urlset.url].flat().map((entry: { loc: string }) => new URL(entry.loc).pathname);
  expect(urls.toSorted()).toEqual(PUBLIC_ROUTES.toSorted());
  const newest = present(publishedArticles[0], "a published article");
  const article = [parsed.urlset.url]
    .flat()
    .find((entry: { loc: string }) => entry.loc.endsWith(`/articles/${newest.slug}`));
  expect(String(article.lastmod)).toContain(newest.updatedAt);
});

test("robots.txt allows crawling and points to the sitemap", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/User-Agent: \*\nAllow: \//);
  expect(robots).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
});

test("the feed is valid RSS with one item per published article, linked from every page", async ({ request }) => {
  const xml = await (await request.get("/feed.xml")).text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const items = [new XMLParser().parse(xml).rss.channel.item].flat();
  expect(items.map((item: { title: string }) => item.title).toSorted()).toEqual(
    publishedArticles.map((a) => a.title).toSorted(),
  );
  expect(items.every((item: { pubDate: string; description: string }) => item.pubDate && item.description)).toBe(true);
  expect(
    problemsOn(
      publicPages(1280),
      (page) =>
        !(page.feedLinks.length === 1 && /\/feed\.xml$/.test(page.feedLinks[0]!)) &&
        `feed links ${JSON.stringify(page.feedLinks)}`,
    ),
  ).toEqual([]);
});

test("an article's old addresses redirect permanently (308) to its current one", async ({ request }) => {
  const moved = allArticles.filter((article) => !article.draft && article.redirectFrom.length > 0);
  expect(moved.length, "at least one article should list redirectFrom for this test to mean something").toBeGreaterThan(
    0,
  );
  for (const article of moved) {
    for (const old of article.redirectFrom) {
      const response = await request.get(`/articles/${old}`, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(response.headers().location).toBe(`/articles/${article.slug}`);
    }
  }
});

test("every page's JSON-LD fits schema.org's definitions (as typed by schema-dts), and a misspelt property would not", () => {
  test.setTimeout(120_000);
  const blocks = publicPages(1280).flatMap((page) => page.jsonLd.map((json) => ({ route: page.route, json })));
  expect(blocks.length).toBeGreaterThanOrEqual(PUBLIC_ROUTES.length);
  expect(typecheckJsonLd(blocks, "jsonld-as-built")).toEqual([]);

  // The same blocks with one misspelt property each: the checker must refuse every one.
  const misspelt = blocks.map((block) => ({
    ...block,
    json: block.json.replace(/"@context":"https:\/\/schema.org",/, '"@context":"https://schema.org","nmae":"x",'),
  }));
  expect(misspelt.every((block, index) => block.json !== blocks[index]?.json)).toBe(true);
  expect(typecheckJsonLd(misspelt, "jsonld-misspelt")).toHaveLength(blocks.length);
});
