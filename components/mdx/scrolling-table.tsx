import { Children, isValidElement, type ReactElement, type ReactNode, type TableHTMLAttributes } from "react";

type WithChildren = ReactElement<{ children?: ReactNode }>;

const elementsOf = (children: ReactNode) =>
  Children.toArray(children).filter((child): child is WithChildren => isValidElement(child));

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  return isValidElement<{ children?: ReactNode }>(node) ? textOf(node.props.children) : "";
}

/** The table's column headings, as Markdown writes them in its first row. */
function columnHeadings(children: ReactNode): string[] {
  const head = elementsOf(children).find((child) => child.type === "thead");
  const firstRow = head ? elementsOf(head.props.children)[0] : undefined;
  return firstRow
    ? elementsOf(firstRow.props.children)
        .map((cell) => textOf(cell).trim())
        .filter(Boolean)
    : [];
}

/**
 * A Markdown table in an article. A wide table scrolls sideways inside its own region, never the page; the region
 * takes keyboard focus so it can be scrolled without a mouse, and is named by its columns, so two tables on one
 * page are two landmarks a screen reader can tell apart.
 */
export function ScrollingTable(props: TableHTMLAttributes<HTMLTableElement>) {
  const headings = columnHeadings(props.children);
  return (
    <div
      className="max-w-full overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label={headings.length > 0 ? `Table: ${headings.join(", ")}` : "Table"}
    >
      <table {...props} />
    </div>
  );
}
