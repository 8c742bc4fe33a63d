import { getContactService } from "@/lib/contact/service";

export const dynamic = "force-dynamic";

/** For a proxy's or a host's health checks: 200 when the database answers, 503 when it does not. No data. */
export function GET() {
  try {
    getContactService().store.db.prepare("SELECT 1").get();
    return new Response("ok\n", {
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  } catch {
    return new Response("database unavailable\n", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
}
