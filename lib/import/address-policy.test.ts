import { describe, it, expect } from "vitest";
import { isAllowedHost, isPublicAddress, normalizeHostname } from "./address-policy";

describe("isPublicAddress", () => {
  it.each<[string, string]>([
    ["10.0.0.1", "private 10/8"],
    ["172.16.5.4", "private 172.16/12"],
    ["172.31.255.255", "private 172.16/12, top"],
    ["192.168.1.1", "private 192.168/16"],
    ["127.0.0.1", "loopback"],
    ["127.0.0.2", "loopback, not .1"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "this network 0/8"],
    ["169.254.169.254", "link-local: AWS, GCP and Azure metadata"],
    ["169.254.170.2", "link-local: ECS task metadata"],
    ["100.64.0.1", "CGNAT"],
    ["100.100.100.200", "CGNAT: Alibaba Cloud metadata"],
    ["168.63.129.16", "Azure WireServer on a public address"],
    ["192.0.0.192", "IETF protocol assignments: Oracle Cloud metadata"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.10", "documentation (TEST-NET-1)"],
    ["198.18.0.1", "benchmarking"],
    ["240.0.0.1", "reserved class E"],
    ["::1", "IPv6 loopback"],
    ["::", "IPv6 unspecified"],
    ["fe80::1", "IPv6 link-local"],
    ["fe80::1%eth0", "IPv6 link-local with a zone"],
    ["fc00::1", "unique-local"],
    ["fd00:ec2::254", "unique-local: AWS IPv6 metadata"],
    ["ff02::1", "IPv6 multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback in hex"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
    ["::ffff:169.254.169.254", "IPv4-mapped metadata"],
    ["::127.0.0.1", "deprecated IPv4-compatible"],
    ["64:ff9b::a00:1", "NAT64 of 10.0.0.1"],
    ["64:ff9b::a9fe:a9fe", "NAT64 of 169.254.169.254"],
    ["2002:7f00:1::1", "6to4 (carries 127.0.0.1)"],
    ["2001:0::1", "Teredo"],
    ["2001:db8::1", "IPv6 documentation"],
    ["fec0::1", "deprecated site-local"],
    ["not-an-ip", "not an address at all"],
    ["", "empty"],
  ])("blocks %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each<[string, string]>([
    ["93.184.215.14", "public IPv4"],
    ["8.8.8.8", "public IPv4"],
    ["172.32.0.1", "just above 172.16/12"],
    ["100.128.0.1", "just above CGNAT"],
    ["2606:4700:4700::1111", "public IPv6"],
    ["::ffff:93.184.215.14", "IPv4-mapped public"],
    ["64:ff9b::5db8:d70e", "NAT64 of a public address"],
  ])("allows %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("allowed hosts", () => {
  it.each<[string, string]>([
    ["News.Example.", "news.example"],
    ["[::1]", "::1"],
    ["127.0.0.1", "127.0.0.1"],
  ])("normalizes %s to %s", (hostname, expected) => {
    expect(normalizeHostname(hostname)).toBe(expected);
  });

  it.each<[string, string[], boolean]>([
    ["intranet.example", ["intranet.example"], true],
    ["INTRANET.example.", ["intranet.example"], true],
    ["[::1]", ["::1"], true],
    ["sub.intranet.example", ["intranet.example"], false],
    ["intranet.example.evil.test", ["intranet.example"], false],
    ["intranet.example", [], false],
  ])("%s with %j → %s", (hostname, allowed, expected) => {
    expect(isAllowedHost(hostname, allowed)).toBe(expected);
  });
});
