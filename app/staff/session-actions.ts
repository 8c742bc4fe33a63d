"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/server/auth";
import { requireStaff } from "@/lib/server/current-staff";
import { getServices } from "@/lib/server/services";

export async function signOut() {
  const staff = await requireStaff({ allowUnenrolled: true });
  await (await getAuth()).api.signOut({ headers: await headers() });
  const { sessions, audit } = await getServices();
  await sessions.forgetActivity(staff.sessionToken);
  await audit.byStaff(staff, "sign-out", null, null);
  redirect("/staff/sign-in?ended=signed_out");
}
