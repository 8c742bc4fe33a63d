import type { Metadata } from "next";
import Link from "next/link";
import { TotpEnrolment } from "@/components/staff/totp-enrolment";
import { requireStaff } from "@/lib/server/current-staff";
import { getAuth } from "@/lib/server/auth";
import { headers } from "next/headers";
import { confirmTotpEnrolment, startTotpEnrolment } from "./actions";

export const metadata: Metadata = { title: "Set up your second factor" };

export default async function EnrolPage() {
  await requireStaff({ allowUnenrolled: true });
  const session = await (await getAuth()).api.getSession({ headers: await headers() });
  if (session?.user.twoFactorEnabled) {
    return (
      <div className="max-w-xl space-y-4">
        <h1 className="text-3xl font-semibold">Your second factor is set up</h1>
        <p>
          <Link href="/staff">Go to the inbox</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-semibold">Set up your second factor</h1>
      <p>
        Every staff account needs a second step at sign-in, so a stolen password alone cannot open the inbox. Use an
        authenticator app on your phone (for example your phone&apos;s built-in password manager, or any app that shows
        6-digit codes).
      </p>
      <TotpEnrolment start={startTotpEnrolment} confirm={confirmTotpEnrolment} />
    </div>
  );
}
