import { requireStaff } from "@/lib/server/current-staff";
import { csvDownload, refuseCrossSiteDownload } from "@/lib/staff/csv-download";
import { getServices } from "@/lib/server/services";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const refused = refuseCrossSiteDownload(request);
  if (refused) return refused;
  const admin = await requireStaff({ role: "admin" });
  const { audit } = await getServices();
  await audit.byStaff(admin, "audit-exported", null, null);
  return csvDownload(await audit.exportCsv(), "audit-log");
}
