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
  await audit.record({
    actorId: staff.id,
    actorEmail: staff.email,
    action: "sign-out",
    target: null,
    detail: null,
    clientHash: staff.clientHash,
  });
  redirect("/staff/sign-in?ended=signed_out");
}
