import Link from "next/link";
import type { ComponentProps } from "react";

const styles = {
  primary: "bg-sage-700 text-white hover:bg-sage-900 hover:text-white",
  secondary: "border-2 border-sage-700 text-sage-800 hover:bg-sage-50 hover:text-sage-900",
  inverse: "bg-white text-sage-900 hover:bg-sage-50 hover:text-sage-900",
} as const;

type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: keyof typeof styles };

/** A link that looks like a button: every call to action here navigates, so it stays a link. */
export function ButtonLink({ variant = "primary", className = "", ...props }: ButtonLinkProps) {
  return (
    <Link
      {...props}
      className={`inline-flex min-h-11 items-center justify-center rounded-full px-6 py-2.5 font-semibold no-underline transition-colors ${styles[variant]} ${className}`}
    />
  );
}
