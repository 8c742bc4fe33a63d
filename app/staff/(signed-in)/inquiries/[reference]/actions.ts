"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/server/current-staff";
import type { StaffFormState } from "@/lib/staff/form-state";
import { INQUIRY_STATUSES, NOTE_MAX_LENGTH, type InquiryStatus } from "@/lib/inquiries/inbox";
import { STATUS_LABELS } from "@/lib/inquiries/labels";
import { getServices } from "@/lib/server/services";

const GONE =
  "This inquiry no longer exists: another staff member may have just deleted it. Nothing was changed. Go back to the inbox.";

export async function changeStatus(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const staff = await requireStaff();
  const reference = String(form.get("reference") ?? "");
  const status = String(form.get("status") ?? "");
  if (!(INQUIRY_STATUSES as readonly string[]).includes(status)) return { error: "Choose New, Contacted or Closed." };
  const { inbox, audit } = await getServices();
  if (!(await inbox.setStatus(reference, status as InquiryStatus))) return { error: GONE };
  await audit.byStaff(staff, "inquiry-status-changed", reference, status);
  revalidatePath(`/staff/inquiries/${reference}`);
  return { done: `Status changed to ${STATUS_LABELS[status as InquiryStatus]}.` };
}

export async function addNote(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const staff = await requireStaff();
  const reference = String(form.get("reference") ?? "");
  const body = String(form.get("note") ?? "").trim();
  if (!body) return { error: "Write the note first." };
  if (body.length > NOTE_MAX_LENGTH)
    return { error: `Keep a note to ${NOTE_MAX_LENGTH} characters or fewer (this one has ${body.length}).` };
  const { inbox, audit } = await getServices();
  if (!(await inbox.addNote(reference, { id: staff.id, name: staff.name }, body))) return { error: GONE };
  await audit.byStaff(staff, "inquiry-note-added", reference, null);
  revalidatePath(`/staff/inquiries/${reference}`);
  return { done: "Note added." };
}

/** Erases an inquiry and its notes for a visitor who asked to be forgotten; the audit entry keeps only the reference. */
export async function eraseInquiry(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const staff = await requireStaff();
  const reference = String(form.get("reference") ?? "");
  if (form.get("confirm") !== "yes")
    return { error: "Tick the box to confirm that this inquiry should be erased for good." };
  const { inbox, audit } = await getServices();
  if (!(await inbox.erase(reference))) return { error: GONE };
  await audit.byStaff(staff, "inquiry-deleted", reference, null);
  redirect(`/staff?erased=${encodeURIComponent(reference)}`);
}
