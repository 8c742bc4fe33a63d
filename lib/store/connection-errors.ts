/** A database URL fit for a log: the password replaced. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.href;
  } catch {
    return "(DATABASE_URL is not a valid URL)";
  }
}

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ECONNRESET"]);

/** The error's code, or the code of the first error inside an AggregateError (Node's happy-eyeballs connect). */
function codeOf(error: unknown): string | undefined {
  const own = (error as { code?: unknown }).code;
  if (typeof own === "string") return own;
  const inner = (error as { errors?: unknown[] }).errors?.[0];
  return inner ? codeOf(inner) : undefined;
}

/** What start-up says when the database does not answer: what went wrong, in words that say what to do. */
export function explainConnectionFailure(error: unknown, location: string): string {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code && UNREACHABLE.has(code))
    return `PostgreSQL at ${location} cannot be reached (${code}). Start the database server, or correct the host and port in DATABASE_URL; check that a firewall lets this machine connect.`;
  if (/timeout/i.test(message))
    return `PostgreSQL at ${location} did not answer within 5 seconds. Check that the server is running and that DATABASE_URL names the right host and port.`;
  if (code === "28P01" || code === "28000")
    return `PostgreSQL at ${location} refused the user name or password (${code}). Correct the credentials in DATABASE_URL, or create the role: CREATE ROLE name LOGIN PASSWORD '…'.`;
  if (code === "3D000")
    return `PostgreSQL at ${location}: the database does not exist (${code}). Create it (createdb, or CREATE DATABASE name OWNER role), then start again.`;
  if (code === "42501")
    return `PostgreSQL at ${location}: the user may not use this database (${code}). Grant it CONNECT and CREATE on the database.`;
  if (code?.startsWith("SQLITE"))
    return `The SQLite database ${location} cannot be opened (${code}: ${message}). Check that DATA_DIR is writable and its disk has room.`;
  return `The database at ${location} did not answer (${code ?? "error"}: ${message}). Check DATABASE_URL and the database server.`;
}
