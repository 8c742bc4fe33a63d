import { getPractice } from "@/lib/content";
import { telHref } from "@/lib/phone";

/** The practice's phone and email as links, wherever a page offers them. */
export function PracticePhoneEmail({ className }: { className?: string }) {
  const { phone, email } = getPractice();
  return (
    <p className={className}>
      Phone: <a href={telHref(phone)}>{phone}</a>
      <br />
      Email: <a href={`mailto:${email}`}>{email}</a>
    </p>
  );
}
