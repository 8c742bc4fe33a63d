import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/server/current-staff";
import { formatPacific } from "@/lib/inquiries/labels";
import { getServices } from "@/lib/server/services";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff({ role: "admin" });
  const { page } = await searchParams;
  const pageNumber = typeof page === "string" && /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 1;
  const log = await (await getServices()).audit.list(pageNumber);
  return (
    <>
      <h1 className="text-3xl font-semibold">Audit log</h1>
      <p className="mt-2">
        Every sign-in, every inquiry opened, changed, exported or erased, and every account change. Entries can never be
        edited or removed.
      </p>
      <p className="mt-2">
        <a href="/staff/export/audit" className="font-semibold">
          Download the audit log (CSV)
        </a>
      </p>
      <div role="region" aria-labelledby="audit-caption" tabIndex={0} className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-left">
          <caption id="audit-caption" className="mb-2 text-left text-ink-soft">
            Newest first: {log.total} entries, page {log.page} of {log.pageCount}
          </caption>
          <thead>
            <tr className="border-b-2 border-sand-300">
              {["When", "Who", "What", "About", "Address (hashed)"].map((h) => (
                <th key={h} scope="col" className="px-2 py-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {log.rows.map((entry) => (
              <tr key={entry.id} className="border-b border-sand-200 align-top">
                <td className="px-2 py-2">{formatPacific(entry.at)}</td>
                <td className="px-2 py-2 break-all">{entry.actorEmail ?? "unknown"}</td>
                <td className="px-2 py-2">
                  {entry.action}
                  {entry.detail ? ` (${entry.detail})` : ""}
                </td>
                <td className="px-2 py-2">{entry.target ?? ""}</td>
                <td className="px-2 py-2 font-mono text-sm">{entry.clientHash?.slice(0, 12) ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {log.pageCount > 1 && (
        <nav aria-label="Audit log pages" className="mt-6 flex gap-6">
          {log.page > 1 && (
            <Link href={`/staff/audit?page=${log.page - 1}`} prefetch={false}>
              Newer entries
            </Link>
          )}
          {log.page < log.pageCount && (
            <Link href={`/staff/audit?page=${log.page + 1}`} prefetch={false}>
              Older entries
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
