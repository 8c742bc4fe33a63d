import { SiteLink } from "./site-link";
import type { ComponentProps } from "react";
import { buttonClass, type ButtonVariant } from "./button-styles";

type ButtonLinkProps = ComponentProps<typeof SiteLink> & { variant?: ButtonVariant };

/** A link that looks like a button: every call to action here navigates, so it stays a link. */
export function ButtonLink({ variant = "primary", className = "", ...props }: ButtonLinkProps) {
  return <SiteLink {...props} className={`${buttonClass(variant)} ${className}`} />;
}
