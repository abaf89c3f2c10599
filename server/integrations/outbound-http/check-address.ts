// Which addresses an outbound request (webhooks, Slack) may reach. Loopback, private, link-local, cloud
// metadata, multicast and reserved ranges are refused in both IPv4 and IPv6 (IPv4-mapped IPv6 addresses
// are checked as the IPv4 address they carry, so ::ffff:127.0.0.1 is loopback too).
import { BlockList, isIP } from "node:net";

export type OutboundPolicy = {
  // Production: only https. Development and tests may use http.
  requireHttps: boolean;
  // Only through OUTBOUND_ALLOW_LOOPBACK (never in production): lets local receivers on 127.0.0.1/::1 work.
  allowLoopback: boolean;
};

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

const refused = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["169.254.0.0", 16], // link-local, incl. the 169.254.169.254 metadata service
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved and broadcast
] as const) {
  refused.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128], // unspecified
  ["64:ff9b::", 96], // NAT64: could carry any IPv4 address
  ["64:ff9b:1::", 48],
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4: carries an IPv4 address
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // old site-local
  ["ff00::", 8], // multicast
  ["fd00:ec2::254", 128], // AWS metadata over IPv6
] as const) {
  refused.addSubnet(network, prefix, "ipv6");
}

// Returns why the address may not be reached, or null when it may.
export function refuseAddress(address: string, policy: OutboundPolicy): string | null {
  const family = isIP(address);
  if (family === 0) return "not an IP address";
  const type = family === 4 ? "ipv4" : "ipv6";
  if (loopback.check(address, type)) return policy.allowLoopback ? null : "a loopback address";
  if (refused.check(address, type)) return "a private, link-local or reserved address";
  return null;
}
