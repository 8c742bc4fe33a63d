import type { Root } from "mdast";
import type {} from "mdast-util-mdx";
import { visit } from "unist-util-visit";
import { MDX_COMPONENT_NAMES } from "../content-schema/mdx-components";

const allowed = new Set<string>(MDX_COMPONENT_NAMES);

/** Turns a misspelt component (which MDX would only report when the page renders) into a build error with its line. */
export function remarkAllowedComponents() {
  return (tree: Root) => {
    visit(tree, (node) => {
      const line = node.position?.start.line ?? "?";
      if (node.type === "mdxjsEsm") {
        throw new Error(`line ${line}: import and export lines are not allowed in content; use the components listed in the README`);
      }
      if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        const name = node.name ?? "";
        if (/^[A-Z]/.test(name) && !allowed.has(name)) {
          throw new Error(`line ${line}: <${name}> is not a component you can use here; the components are ${MDX_COMPONENT_NAMES.join(", ")}`);
        }
      }
    });
  };
}
