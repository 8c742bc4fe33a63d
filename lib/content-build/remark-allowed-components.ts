import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from "mdast-util-mdx";
import { MDX_COMPONENT_NAMES, MDX_COMPONENT_PROPS, type MdxComponentName } from "../content-schema/mdx-components";

const allowed = new Set<string>(MDX_COMPONENT_NAMES);

/** Turns a misspelt component (which MDX would only report when the page renders) into a build error with its line. */
export function remarkAllowedComponents() {
  return (tree: Root) => {
    visit(tree, (node) => {
      const line = node.position?.start.line ?? "?";
      if (node.type === "mdxjsEsm") {
        throw new Error(
          `line ${line}: import and export lines are not allowed in content; use the components listed in docs/editing-content.md`,
        );
      }
      if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        const name = node.name ?? "";
        if (/^[A-Z]/.test(name) && !allowed.has(name)) {
          throw new Error(
            `line ${line}: <${name}> is not a component you can use here; the components are ${MDX_COMPONENT_NAMES.join(", ")}`,
          );
        }
        if (allowed.has(name)) checkProps(name as MdxComponentName, node.attributes, line);
      }
    });
  };
}

/** An attribute as written: "text", {expression} (its source text) or a bare name (true). */
function attributeValue(attribute: MdxJsxAttribute): unknown {
  if (attribute.value === null || attribute.value === undefined) return true;
  return typeof attribute.value === "string" ? attribute.value : attribute.value.value;
}

function checkProps(
  name: MdxComponentName,
  attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
  line: number | string,
) {
  if (attributes.some((attribute) => attribute.type === "mdxJsxExpressionAttribute")) {
    throw new Error(`line ${line}: <${name}> takes plain attributes like name="value", not {...spread}`);
  }
  const props = Object.fromEntries(
    (attributes as MdxJsxAttribute[]).map((attribute) => [attribute.name, attributeValue(attribute)]),
  );
  const result = MDX_COMPONENT_PROPS[name].safeParse(props);
  if (!result.success) {
    const problems = result.error.issues.map((issue) =>
      issue.code === "unrecognized_keys"
        ? `${issue.keys.join(", ")}: is not an attribute of <${name}>`
        : `${issue.path.join(".") || "attributes"}: ${issue.message}`,
    );
    throw new Error(`line ${line}: <${name}> ${problems.join("; ")}`);
  }
}
