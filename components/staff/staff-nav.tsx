import Link from "next/link";
import type { StaffMember } from "@/lib/staff/staff-member";

/** The staff pages' own navigation, named apart from the site's, with sign-out as a form (it changes state). */
export function StaffNav({ staff, signOut }: { staff: StaffMember; signOut: () => Promise<void> }) {
  const links = [
    { href: "/staff", label: "Inbox" },
    ...(staff.role === "admin"
      ? [
          { href: "/staff/accounts", label: "Staff accounts" },
          { href: "/staff/audit", label: "Audit log" },
        ]
      : []),
    { href: "/staff/account", label: "Your account" },
  ];
  return (
    <nav aria-label="Staff" className="mb-8 flex flex-wrap items-center gap-x-6 gap-y-3 border-b border-sand-200 pb-4">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} prefetch={false} className="font-semibold">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
      <form action={signOut} className="ml-auto flex items-center gap-3">
        <span className="text-sm text-ink-soft">Signed in as {staff.name}</span>
        <button type="submit" className="font-semibold text-sage-800 underline underline-offset-4">
          Sign out
        </button>
      </form>
    </nav>
  );
}
