import type { Page } from "@playwright/test";

/**
 * Landmarks that share a role but not a distinct name, as html-validate's `unique-landmark` reports them (and, like
 * it, reading the markup: a closed dialog's landmarks count too). Each entry names the role and the shared name.
 */
export function landmarksWithoutOwnName(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sectioning = "article, aside, main, nav, section";
    const nameOf = (element: Element) => {
      const labelledBy = element.getAttribute("aria-labelledby");
      if (labelledBy)
        return labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
          .join(" ")
          .trim();
      return element.getAttribute("aria-label")?.trim() ?? "";
    };
    const roleOf = (element: Element): string | null => {
      const explicit = element.getAttribute("role");
      if (explicit)
        return ["banner", "complementary", "contentinfo", "form", "main", "navigation", "region", "search"].includes(
          explicit,
        )
          ? explicit
          : null;
      switch (element.localName) {
        case "nav":
          return "navigation";
        case "aside":
          return "complementary";
        case "main":
          return "main";
        case "header":
          return element.parentElement?.closest(sectioning) ? null : "banner";
        case "footer":
          return element.parentElement?.closest(sectioning) ? null : "contentinfo";
        case "section":
          return nameOf(element) ? "region" : null;
        case "form":
          return nameOf(element) ? "form" : null;
        default:
          return null;
      }
    };
    const byRole = new Map<string, string[]>();
    for (const element of document.querySelectorAll("nav, aside, main, header, footer, section, form, [role]")) {
      const role = roleOf(element);
      if (role) byRole.set(role, [...(byRole.get(role) ?? []), nameOf(element)]);
    }
    const problems: string[] = [];
    for (const [role, names] of byRole) {
      if (names.length < 2) continue;
      const seen = new Set<string>();
      for (const name of names) {
        if (seen.has(name))
          problems.push(
            name ? `${role} "${name}" appears more than once` : `${role} without a name, beside another ${role}`,
          );
        seen.add(name);
      }
    }
    return problems;
  });
}

/** Tables not inside their own named, focusable, sideways-scrolling region (WCAG reflow: the table scrolls, not the page). */
export function tablesWithoutScrollRegion(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("main table")].flatMap((table, index) => {
      const region = table.parentElement;
      const problems = [];
      if (region?.getAttribute("role") !== "region") problems.push("is not the only child of a role=region element");
      else {
        if (!region.getAttribute("aria-label") && !region.getAttribute("aria-labelledby"))
          problems.push("its region has no name");
        if ((region as HTMLElement).tabIndex !== 0) problems.push("its region cannot take keyboard focus (tabindex=0)");
        if (!["auto", "scroll"].includes(getComputedStyle(region).overflowX))
          problems.push("its region does not scroll sideways");
        if (region.getBoundingClientRect().right > document.documentElement.clientWidth)
          problems.push("its region is wider than the viewport");
      }
      return problems.map((problem) => `table ${index + 1} ${problem}`);
    }),
  );
}
