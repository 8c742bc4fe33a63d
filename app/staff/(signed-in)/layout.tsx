import type { ReactNode } from "react";
import { StaffNav } from "@/components/staff/staff-nav";
import { requireStaff } from "@/lib/server/current-staff";
import { signOut } from "../session-actions";

/** The signed-in staff pages share the staff navigation; each page still checks the session and role itself. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const staff = await requireStaff();
  return (
    <>
      <StaffNav staff={staff} signOut={signOut} />
      {children}
    </>
  );
}
