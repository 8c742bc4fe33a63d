import { getServices } from "@/lib/server/services";

export const dynamic = "force-dynamic";

const PLAIN = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" };

/** For a proxy's or a host's health checks: 200 when the database answers, 503 when it does not. No data. */
export async function GET() {
  try {
    await (await getServices()).store.ping();
    return new Response("ok\n", { headers: PLAIN });
  } catch {
    return new Response("database unavailable\n", { status: 503, headers: PLAIN });
  }
}
