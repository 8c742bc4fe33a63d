import type { ComponentType } from "react";
import type { MdxComponentName } from "@/lib/content-schema/mdx-components";
import { Callout } from "../ui/callout";
import { TalkToUs } from "../site/talk-to-us";
import { SmartLink } from "./external-link";
import { Figure } from "./figure";
import { PracticeDetail } from "./practice-detail";
import { ScrollingTable } from "./scrolling-table";

/** What staff can use in MDX. The name list lives in lib/content-schema so the build can refuse others. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const staffComponents: Record<MdxComponentName, ComponentType<any>> = { Callout, TalkToUs, Figure, PracticeDetail };

export const mdxComponents = {
  ...staffComponents,
  a: SmartLink,
  table: ScrollingTable,
};
