import "server-only";

/**
 * What runs after the server's last request has finished, before the process exits (server.mjs calls these on
 * SIGTERM or SIGINT). The list lives on globalThis under a registered symbol because server.mjs and Next's bundle
 * of this module are separate module instances in one process; server.mjs reads the same Symbol.for name.
 */
export const SERVER_STOP_HOOKS = Symbol.for("beck-kap.server-stop-hooks");

type StopHook = () => Promise<void> | void;
const holder = globalThis as typeof globalThis & { [SERVER_STOP_HOOKS]?: StopHook[] };

export function onServerStop(hook: StopHook) {
  (holder[SERVER_STOP_HOOKS] ??= []).push(hook);
}
