/** The look of a call to action, shared by ButtonLink (a Next link) and plain <a>/<button> elements in client leaves. */
export const buttonVariants = {
  primary: "bg-sage-700 text-white hover:bg-sage-900 hover:text-white",
  secondary: "border-2 border-sage-700 text-sage-800 hover:bg-sage-50 hover:text-sage-900",
  inverse: "bg-white text-sage-900 hover:bg-sage-50 hover:text-sage-900",
} as const;

/** `large` is the contact form's one submit button; `compact` fits the header beside the site's name. */
export const buttonSizes = {
  regular: "min-h-11 px-6 py-2.5",
  large: "min-h-12 px-7 py-3",
  compact: "min-h-11 px-4 py-2",
} as const;

export type ButtonVariant = keyof typeof buttonVariants;
export type ButtonSize = keyof typeof buttonSizes;

export const buttonClass = (variant: ButtonVariant = "primary", size: ButtonSize = "regular") =>
  `inline-flex items-center justify-center rounded-full font-semibold no-underline transition-colors ${buttonSizes[size]} ${buttonVariants[variant]}`;
