import { getPractice } from "@/lib/content";
import { isExampleAt } from "@/lib/example-fields";
import { telHref } from "@/lib/phone";
import { ExampleMark } from "../ui/example-mark";

/** The practice's phone and email as links, wherever a page offers them. */
export function PracticePhoneEmail({ className }: { className?: string }) {
  const practice = getPractice();
  const { phone, email } = practice;
  return (
    <p className={className}>
      Phone: <a href={telHref(phone)}>{phone}</a>
      <ExampleMark when={isExampleAt(practice, "phone")} />
      <br />
      Email: <a href={`mailto:${email}`}>{email}</a>
      <ExampleMark when={isExampleAt(practice, "email")} />
    </p>
  );
}
