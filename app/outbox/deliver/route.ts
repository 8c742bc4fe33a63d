import { getServices } from "@/lib/server/services";
import { judgeOutboxTrigger } from "@/lib/inquiries/outbox-trigger";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * One outbox delivery pass, for hosts where no server process stays up to poll (see the README, "Serverless").
 * GET as well as POST, because platform schedulers such as Vercel Cron call a GET with the bearer secret.
 * Answers with how many notifications went out; never with anything about an inquiry.
 */
async function deliver(request: Request) {
  const verdict = judgeOutboxTrigger(request.headers.get("authorization"), process.env.OUTBOX_TRIGGER_SECRET);
  if (verdict === "disabled") return text("Not found\n", 404);
  if (verdict === "refused")
    return new Response("Send Authorization: Bearer <OUTBOX_TRIGGER_SECRET>\n", {
      status: 401,
      headers: {
        "www-authenticate": "Bearer",
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "no-store",
      },
    });
  const sent = await (await getServices()).outbox.kick();
  return text(`sent ${sent}\n`, 200);
}

export const GET = deliver;
export const POST = deliver;
