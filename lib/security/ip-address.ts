import { isIPv4, isIPv6 } from "node:net";

/** The eight 16-bit groups of an IPv6 address written in any of its short forms (`::`, an IPv4 tail). */
function ipv6Groups(address: string): number[] {
  const tailIpv4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  const hex = tailIpv4
    ? `${address.slice(0, -tailIpv4.length)}${ipv4Groups(tailIpv4)
        .map((group) => group.toString(16))
        .join(":")}`
    : address;
  const [head = "", tail] = hex.split("::");
  const parts = (text: string) => (text ? text.split(":").map((part) => parseInt(part, 16)) : []);
  const before = parts(head);
  const after = tail === undefined ? [] : parts(tail);
  return [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
}

function ipv4Groups(address: string): [number, number] {
  const [a = 0, b = 0, c = 0, d = 0] = address.split(".").map(Number);
  return [(a << 8) | b, (c << 8) | d];
}

/**
 * One spelling per address, so two spellings of one address compare equal: IPv4 as dotted quad (also when it
 * arrives IPv4-mapped, `::ffff:203.0.113.5`, as from a server listening on both), IPv6 as eight lower-case groups.
 * Null for anything that is not an address (`unknown`, a host name).
 */
export function canonicalAddress(text: string): string | null {
  const address = text
    .trim()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/%.*$/, "");
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return null;
  const groups = ipv6Groups(address.toLowerCase());
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  return groups.map((group) => group.toString(16)).join(":");
}

/**
 * What the contact form's per-visitor limit counts: an IPv4 address itself, and for IPv6 its /64, the block one
 * household or server is given, which holds more addresses than anyone could ever try one by one.
 */
export function rateLimitKey(address: string): string {
  const canonical = canonicalAddress(address);
  if (canonical === null || !canonical.includes(":")) return canonical ?? address;
  return `${canonical.split(":").slice(0, 4).join(":")}::/64`;
}
