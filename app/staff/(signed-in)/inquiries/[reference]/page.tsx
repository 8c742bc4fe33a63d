import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/staff/action-form";
import { Field, inputClass } from "@/components/ui/field";
import { CONTACT_METHOD_LABELS, HEARD_FROM_LABELS } from "@/lib/inquiries/fields";
import { requireStaff } from "@/lib/server/current-staff";
import { INQUIRY_STATUSES, NOTE_MAX_LENGTH } from "@/lib/inquiries/inbox";
import { formatPacific, officeLabel, STATUS_LABELS } from "@/lib/inquiries/labels";
import { getServices } from "@/lib/server/services";
import { addNote, changeStatus, eraseInquiry } from "./actions";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Inquiry ${(await params).reference}` };
}

export default async function InquiryPage({ params }: Props) {
  const staff = await requireStaff();
  const { reference } = await params;
  const { inbox, audit } = await getServices();
  const inquiry = await inbox.get(reference);
  if (!inquiry) notFound();
  await audit.byStaff(staff, "inquiry-opened", inquiry.reference, null);
  const phoneDigits = inquiry.phone.replace(/[^\d+]/g, "");
  const details: [string, string][] = [
    ["Received", formatPacific(inquiry.createdAt)],
    ["Email", inquiry.email],
    ["Phone", inquiry.phone || "Not given"],
    ["Prefers", CONTACT_METHOD_LABELS[inquiry.contactMethod]],
    ["Office", officeLabel(inquiry.office)],
    ["Heard of us through", HEARD_FROM_LABELS[inquiry.heardFrom] ?? "Other"],
    ["Status", STATUS_LABELS[inquiry.status]],
  ];
  return (
    <article className="max-w-measure space-y-8">
      <p>
        <Link href="/staff" prefetch={false}>
          Back to the inbox
        </Link>
      </p>
      <h1 className="text-3xl font-semibold">
        {inquiry.reference}: {inquiry.name}
      </h1>
      {inquiry.notification.needsAttention && (
        <p role="status" className="rounded-md bg-clay-100 p-3 font-semibold text-clay-800">
          The staff email for this inquiry has failed many times. Check the mail settings (SMTP_URL) with whoever runs
          the server.
        </p>
      )}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
        {details.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="message-heading">
        <h2 id="message-heading" className="text-2xl font-semibold">
          Message
        </h2>
        <p className="mt-2 whitespace-pre-wrap break-words rounded-md bg-sand-100 p-4">
          {inquiry.message || "No message."}
        </p>
      </section>
      <section aria-labelledby="reply-heading" className="space-y-2">
        <h2 id="reply-heading" className="text-2xl font-semibold">
          Reply
        </h2>
        <p className="flex flex-wrap gap-6">
          <a
            href={`mailto:${inquiry.email}?subject=${encodeURIComponent("Your inquiry to our practice")}`}
            className="font-semibold"
          >
            Reply by email
          </a>
          {phoneDigits && (
            <a href={`tel:${phoneDigits}`} className="font-semibold">
              Call {inquiry.phone}
            </a>
          )}
        </p>
        <p className="text-sm text-ink-soft">
          These open your own email or phone; the website sends nothing to the visitor.
        </p>
      </section>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading" className="text-2xl font-semibold">
          Status
        </h2>
        <ActionForm action={changeStatus} submitLabel="Save status" className="mt-2 space-y-4">
          <input type="hidden" name="reference" value={inquiry.reference} />
          <fieldset>
            <legend className="sr-only">Status</legend>
            {INQUIRY_STATUSES.map((status) => (
              <label key={status} className="mr-6 inline-flex items-center gap-2">
                <input type="radio" name="status" value={status} defaultChecked={status === inquiry.status} />{" "}
                {STATUS_LABELS[status]}
              </label>
            ))}
          </fieldset>
        </ActionForm>
      </section>
      <section aria-labelledby="notes-heading" className="space-y-4">
        <h2 id="notes-heading" className="text-2xl font-semibold">
          Internal notes
        </h2>
        {inquiry.notes.length === 0 ? (
          <p>No notes yet.</p>
        ) : (
          <ol className="space-y-3">
            {inquiry.notes.map((note) => (
              <li key={note.id} className="rounded-md border border-sand-300 p-3">
                <p className="whitespace-pre-wrap break-words">{note.body}</p>
                <p className="mt-1 text-sm text-ink-soft">
                  {note.authorName}, {formatPacific(note.createdAt)}
                </p>
              </li>
            ))}
          </ol>
        )}
        <ActionForm action={addNote} submitLabel="Add note">
          <input type="hidden" name="reference" value={inquiry.reference} />
          <Field id="note" label="New note" hint="Seen by staff only. Record what you did, not clinical details.">
            <textarea
              id="note"
              name="note"
              rows={3}
              maxLength={NOTE_MAX_LENGTH}
              required
              aria-describedby="note-hint"
              className={inputClass}
            />
          </Field>
        </ActionForm>
      </section>
      <section aria-labelledby="erase-heading" className="space-y-2">
        <h2 id="erase-heading" className="text-2xl font-semibold">
          Erase
        </h2>
        <p>
          For a visitor who asks to be forgotten: this deletes the inquiry and its notes for good. The audit log keeps
          only the reference.
        </p>
        <ActionForm action={eraseInquiry} submitLabel="Erase this inquiry" variant="secondary">
          <input type="hidden" name="reference" value={inquiry.reference} />
          <label className="flex items-center gap-2">
            <input type="checkbox" name="confirm" value="yes" required /> I understand this cannot be undone
          </label>
        </ActionForm>
      </section>
    </article>
  );
}
