import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { SelectField } from "@/components/ui/select-field";
import { CONTACT_METHOD_LABELS } from "@/lib/inquiries/fields";
import { requireStaff } from "@/lib/server/current-staff";
import { INQUIRY_STATUSES } from "@/lib/inquiries/inbox";
import { inboxHref, readInboxFilter, type SearchParams } from "@/lib/inquiries/inbox-query";
import { formatPacific, officeChoices, officeLabel, STATUS_LABELS, waitedFor } from "@/lib/inquiries/labels";
import { getServices } from "@/lib/server/services";

export async function generateMetadata(): Promise<Metadata> {
  await requireStaff();
  const count = await (await getServices()).inbox.countNew();
  return { title: `Inbox (${count} new)` };
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requireStaff();
  const offices = officeChoices();
  const params = await searchParams;
  const { filter, ignored } = readInboxFilter(
    params,
    offices.map((office) => office.value),
  );
  const erased =
    typeof params.erased === "string" && /^KAP-[A-Z0-9]{6}$/.test(params.erased) ? params.erased : undefined;
  const { inbox } = await getServices();
  const result = await inbox.list(filter);
  const newCount = await inbox.countNew();
  return (
    <>
      <h1 className="text-3xl font-semibold">
        Inbox <span className="text-xl font-normal text-ink-soft">({newCount} new)</span>
      </h1>
      {params.notice === "admins-only" && (
        <p role="status" className="mt-4 rounded-md bg-sand-100 p-3">
          That page is for admins only. Ask an admin if you need something from it.
        </p>
      )}
      {erased && (
        <p role="status" className="mt-4 rounded-md bg-sand-100 p-3">
          Inquiry {erased} and its notes were erased.
        </p>
      )}
      {ignored.length > 0 && (
        <p role="status" className="mt-4 rounded-md bg-sand-100 p-3">
          This address asked for a {ignored.join(" and ")} that does not exist, so that part was ignored and all are
          shown.
        </p>
      )}
      <form method="get" action="/staff" className="mt-6 flex flex-wrap items-end gap-4" aria-label="Filter inquiries">
        <SelectField id="status" label="Status" defaultValue={filter.status ?? ""}>
          <option value="">All</option>
          {INQUIRY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </SelectField>
        <SelectField id="office" label="Office" defaultValue={filter.office ?? ""}>
          <option value="">All</option>
          {offices.map((office) => (
            <option key={office.value} value={office.value}>
              {office.label}
            </option>
          ))}
        </SelectField>
        <button type="submit" className={buttonClass("secondary")}>
          Show
        </button>
      </form>
      {staff.role === "admin" && (
        <p className="mt-4">
          <a href="/staff/export/inquiries" className="font-semibold">
            Download all inquiries (CSV)
          </a>
        </p>
      )}
      {result.rows.length === 0 ? (
        <p className="mt-8">
          {result.total === 0 ? "No inquiries match." : `There is no page ${filter.page}. `}
          {result.total > 0 && <Link href={inboxHref({ ...filter, page: 1 })}>Go to the first page</Link>}
        </p>
      ) : (
        <div role="region" aria-labelledby="inquiries-caption" tabIndex={0} className="mt-8 overflow-x-auto">
          <table className="w-full min-w-[44rem] border-collapse text-left">
            <caption id="inquiries-caption" className="mb-2 text-left text-ink-soft">
              Inquiries, newest first: {result.total} in all, page {result.page} of {result.pageCount}
            </caption>
            <thead>
              <tr className="border-b-2 border-sand-300">
                {["Reference", "Received", "Name", "Office", "Contact by", "Status"].map((heading) => (
                  <th key={heading} scope="col" className="px-2 py-2">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => (
                <tr key={row.reference} className="border-b border-sand-200 align-top">
                  <th scope="row" className="px-2 py-2 font-semibold">
                    <Link href={`/staff/inquiries/${row.reference}`} prefetch={false}>
                      {row.reference}
                    </Link>
                  </th>
                  <td className="px-2 py-2">{formatPacific(row.createdAt)}</td>
                  <td className="px-2 py-2">{row.name}</td>
                  <td className="px-2 py-2">{officeLabel(row.office)}</td>
                  <td className="px-2 py-2">{CONTACT_METHOD_LABELS[row.contactMethod]}</td>
                  <td className="px-2 py-2">
                    {STATUS_LABELS[row.status]}
                    {row.status === "new" && (
                      <span className="block text-sm text-ink-soft">waiting {waitedFor(row.createdAt)}</span>
                    )}
                    {row.notificationNeedsAttention && (
                      <span className="block text-sm font-semibold text-clay-800">staff email failing</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.pageCount > 1 && (
        <nav aria-label="Inbox pages" className="mt-6 flex gap-6">
          {result.page > 1 && (
            <Link href={inboxHref({ ...filter, page: result.page - 1 })} prefetch={false}>
              Newer inquiries
            </Link>
          )}
          {result.page < result.pageCount && (
            <Link href={inboxHref({ ...filter, page: result.page + 1 })} prefetch={false}>
              Older inquiries
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
