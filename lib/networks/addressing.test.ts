import { describe, expect, it } from "vitest";
import { checkAddressing } from "./addressing";
import { canonicalCidr, formatIp, overlaps, parseCidr, parseIp } from "./cidr";

describe("parseIp and parseCidr", () => {
  it.each([
    ["10.0.0.1", 4],
    ["fd00::1", 6],
    ["::ffff:10.0.0.1", 6],
    ["2001:db8:0:0:0:0:0:1", 6],
    ["::", 6],
  ])("reads %s as IPv%i", (text, family) => {
    expect(parseIp(text)?.family).toBe(family);
  });

  it.each(["10.0.0", "10.0.0.256", "10.0.0.01", "1::2::3", "fd00:::1", "12345::", "a.b.c.d", ""])(
    "refuses %j",
    (text) => {
      expect(parseIp(text)).toBeNull();
    },
  );

  it.each(["10.0.0.0", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/", "fd00::/129"])(
    "refuses the block %j",
    (text) => {
      expect(parseCidr(text)).toBeNull();
    },
  );

  it("writes IPv6 back in its short form", () => {
    const ip = parseIp("2001:db8:0:0:1:0:0:1");
    expect(ip && formatIp(6, ip.value)).toBe("2001:db8::1:0:0:1");
    const block = parseCidr("fd00:0:0:12::5/64");
    expect(block && canonicalCidr(block)).toBe("fd00:0:0:12::/64");
  });

  it("finds overlapping blocks of one family only", () => {
    const [a, b, c, d] = ["10.1.0.0/16", "10.1.2.0/24", "10.2.0.0/16", "fd00::/8"].map(parseCidr);
    if (!a || !b || !c || !d) throw new Error("blocks must parse");
    expect(overlaps(a, b)).toBe(true);
    expect(overlaps(b, a)).toBe(true);
    expect(overlaps(a, c)).toBe(false);
    expect(overlaps(a, d)).toBe(false);
  });
});

describe("checkAddressing", () => {
  it("accepts a subnet with a gateway and range inside it", () => {
    expect(
      checkAddressing({ subnet: "10.42.0.0/16", gateway: "10.42.0.1", ipRange: "10.42.5.0/24" }),
    ).toEqual([]);
    expect(checkAddressing({ subnet: "fd00:42::/64", gateway: "fd00:42::1" })).toEqual([]);
    expect(checkAddressing({})).toEqual([]);
  });

  it("refuses a subnet that is not CIDR", () => {
    expect(checkAddressing({ subnet: "10.42.0.0" })).toEqual([
      { field: "subnet", message: '"10.42.0.0" is not a CIDR block such as 10.20.0.0/16' },
    ]);
  });

  it("refuses host bits in the subnet, saying which block was meant", () => {
    expect(checkAddressing({ subnet: "10.42.7.9/16" })[0]?.message).toBe(
      '"10.42.7.9/16" has host bits set: did you mean 10.42.0.0/16?',
    );
  });

  it("refuses a gateway outside the subnet, or its network address", () => {
    const outside = checkAddressing({ subnet: "10.42.0.0/16", gateway: "10.43.0.1" });
    expect(outside).toEqual([
      { field: "gateway", message: "10.43.0.1 is not a host address of 10.42.0.0/16" },
    ]);
    expect(checkAddressing({ subnet: "10.42.0.0/16", gateway: "10.42.0.0" })).toHaveLength(1);
    expect(checkAddressing({ subnet: "10.42.0.0/16", gateway: "fd00::1" })).toHaveLength(1);
  });

  it("refuses a range wider than or outside the subnet", () => {
    expect(checkAddressing({ subnet: "10.42.0.0/16", ipRange: "10.0.0.0/8" })[0]?.field).toBe(
      "ipRange",
    );
    expect(checkAddressing({ subnet: "10.42.0.0/16", ipRange: "10.43.1.0/24" })).toHaveLength(1);
  });

  it("asks for a subnet when only a gateway or range is given", () => {
    expect(checkAddressing({ gateway: "10.0.0.1" })).toEqual([
      { field: "gateway", message: "give a subnet with the gateway" },
    ]);
  });
});
