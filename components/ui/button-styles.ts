/** The look of a call to action, shared by ButtonLink (a Next link) and plain <a>/<button> elements in client leaves. */
export const buttonVariants = {
  primary: "bg-sage-700 text-white hover:bg-sage-900 hover:text-white",
  secondary: "border-2 border-sage-700 text-sage-800 hover:bg-sage-50 hover:text-sage-900",
  inverse: "bg-white text-sage-900 hover:bg-sage-50 hover:text-sage-900",
} as const;

export type ButtonVariant = keyof typeof buttonVariants;

export const buttonClass = (variant: ButtonVariant = "primary") =>
  `inline-flex min-h-11 items-center justify-center rounded-full px-6 py-2.5 font-semibold no-underline transition-colors ${buttonVariants[variant]}`;
