import { describe, expect, it } from "vitest";
import { refuseAddress } from "./check-address";

const production = { requireHttps: true, allowLoopback: false };

describe("refuseAddress", () => {
  it.each([
    "127.0.0.1",
    "127.1.2.3",
    "::1",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:a9fe:a9fe",
    "fe80::1",
    "fd12:3456::1",
    "fd00:ec2::254",
    "224.0.0.1",
    "255.255.255.255",
    "64:ff9b::7f00:1",
    "2002:7f00:1::",
  ])("refuses %s in production", (address) => {
    expect(refuseAddress(address, production)).not.toBeNull();
  });

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("allows the public address %s", (address) => {
    expect(refuseAddress(address, production)).toBeNull();
  });

  it("allows loopback only when the policy says so, and never private ranges", () => {
    const local = { requireHttps: false, allowLoopback: true };
    expect(refuseAddress("127.0.0.1", local)).toBeNull();
    expect(refuseAddress("::1", local)).toBeNull();
    expect(refuseAddress("10.0.0.1", local)).not.toBeNull();
    expect(refuseAddress("169.254.169.254", local)).not.toBeNull();
  });

  it("refuses what is not an address", () => {
    expect(refuseAddress("localhost", production)).toBe("not an IP address");
  });
});
