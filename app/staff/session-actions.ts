"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getContactService } from "@/lib/contact/service";
import { getAuth } from "@/lib/staff/auth";
import { requireStaff } from "@/lib/staff/current-staff";
import { getStaffService } from "@/lib/staff/staff-service";

export async function signOut() {
  const staff = await requireStaff({ allowUnenrolled: true });
  await (await getAuth()).api.signOut({ headers: await headers() });
  await (
    await getContactService()
  ).store.db
    .deleteFrom("staff_session_activity")
    .where("session_token", "=", staff.sessionToken)
    .execute();
  await (
    await getStaffService()
  ).audit.record({
    actorId: staff.id,
    actorEmail: staff.email,
    action: "sign-out",
    target: null,
    detail: null,
    clientHash: staff.clientHash,
  });
  redirect("/staff/sign-in?ended=signed_out");
}
