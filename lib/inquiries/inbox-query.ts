import { INQUIRY_STATUSES, type InboxFilter, type InquiryStatus } from "./inbox";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads the inbox filter from the address bar. A value that makes no sense is dropped and reported, never
 * passed on: the page shows what it ignored instead of failing.
 */
export function readInboxFilter(
  params: SearchParams,
  officeSlugs: readonly string[],
): { filter: InboxFilter; ignored: string[] } {
  const ignored: string[] = [];
  const one = (name: string) => {
    const value = params[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const status = one("status");
  const office = one("office");
  const page = one("page");
  const filter: InboxFilter = { page: 1 };
  if (status) {
    if ((INQUIRY_STATUSES as readonly string[]).includes(status)) filter.status = status as InquiryStatus;
    else ignored.push("status");
  }
  if (office) {
    if (officeSlugs.includes(office)) filter.office = office;
    else ignored.push("office");
  }
  if (page) {
    if (/^[1-9]\d{0,5}$/.test(page)) filter.page = Number(page);
    else ignored.push("page");
  }
  return { filter, ignored };
}

/** The address of the inbox with this filter, for links between pages. */
export function inboxHref(filter: InboxFilter): string {
  const query = new URLSearchParams();
  if (filter.status) query.set("status", filter.status);
  if (filter.office) query.set("office", filter.office);
  if (filter.page > 1) query.set("page", String(filter.page));
  const text = query.toString();
  return text ? `/staff?${text}` : "/staff";
}
