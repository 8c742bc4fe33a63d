import { zodResolver } from "@hookform/resolvers/zod";
import { contactSchema } from "@/lib/inquiries/schema";

/** The form's validation with the server's own schema; loaded on first use by lazy-contact-resolver.ts. */
export const contactResolver = (officeSlugs: readonly string[]) => zodResolver(contactSchema(officeSlugs));
