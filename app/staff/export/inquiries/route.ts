import { requireStaff } from "@/lib/server/current-staff";
import { csvDownload, refuseCrossSiteDownload } from "@/lib/staff/csv-download";
import { getServices } from "@/lib/server/services";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const refused = refuseCrossSiteDownload(request);
  if (refused) return refused;
  const admin = await requireStaff({ role: "admin" });
  const { inbox, audit } = await getServices();
  const csv = await inbox.exportCsv();
  await audit.byStaff(admin, "inquiries-exported", null, null);
  return csvDownload(csv, "inquiries");
}
