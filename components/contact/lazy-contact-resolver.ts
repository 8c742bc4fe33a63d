import type { Resolver } from "react-hook-form";
import type { ContactInput } from "@/lib/inquiries/schema";

type ContactResolver = Resolver<ContactInput>;

/**
 * Validation in the browser is a convenience (the server action validates every submission again), so its
 * code (zod and the shared schema) loads when the visitor first focuses the form, not with the page.
 */
export function lazyContactResolver(officeSlugs: readonly string[]) {
  let loading: Promise<ContactResolver> | undefined;
  const load = () =>
    (loading ??= import("./contact-resolver").then(
      ({ contactResolver }) => contactResolver(officeSlugs) as ContactResolver,
    ));
  const resolver: ContactResolver = async (values, context, options) => (await load())(values, context, options);
  return { resolver, preload: () => void load() };
}
