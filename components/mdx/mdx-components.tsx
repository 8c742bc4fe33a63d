import type { ComponentType } from "react";
import type { MdxComponentName } from "@/lib/content-schema/mdx-components";
import { Callout } from "../ui/callout";
import { TalkToUs } from "../site/talk-to-us";
import { SmartLink } from "./external-link";
import { Figure } from "./figure";
import { PracticeDetail } from "./practice-detail";
import { ScrollingTable } from "./scrolling-table";

/**
 * What staff can use in MDX. The name list lives in lib/content-schema so the build can refuse others; `satisfies`
 * makes a name without a component, or a component without a name, a type error while each keeps its own props.
 */
const staffComponents = { Callout, TalkToUs, Figure, PracticeDetail } satisfies Record<
  MdxComponentName,
  ComponentType<never>
>;

export const mdxComponents = {
  ...staffComponents,
  a: SmartLink,
  table: ScrollingTable,
};
