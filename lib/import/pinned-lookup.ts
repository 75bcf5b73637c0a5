import type { LookupAddress, LookupOptions } from "node:dns";
import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "./safe-lookup";

/**
 * A `lookup` for node:http(s) `request` that answers with addresses we
 * already checked instead of asking DNS again. Without it, the connection
 * would resolve the name a second time, and a hostile DNS server could
 * answer "public" to our check and "10.0.0.1" to the connect (DNS
 * rebinding). Node asks with `all: true` when it races IPv4 and IPv6
 * (autoSelectFamily, on by default since Node 20), otherwise for one address.
 */
export function createPinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname: string, options: LookupOptions, callback) => {
    const family = familyOf(options.family);
    const matching = family === 0 ? addresses : addresses.filter((entry) => entry.family === family);
    const usable = matching.length > 0 ? matching : addresses;
    const first = usable[0];
    if (first === undefined) {
      callback(Object.assign(new Error("No checked address to connect to"), { code: "ENOTFOUND" }), "", 4);
      return;
    }
    if (options.all === true) {
      callback(
        null,
        usable.map((entry): LookupAddress => ({ address: entry.address, family: entry.family })),
      );
    } else {
      callback(null, first.address, first.family);
    }
  };
}

function familyOf(option: LookupOptions["family"]): 0 | 4 | 6 {
  if (option === 4 || option === "IPv4") return 4;
  if (option === 6 || option === "IPv6") return 6;
  return 0;
}
