// Test safety net: this machine may only talk to loopback. While installed, every outgoing
// socket is inspected before it connects; one headed anywhere else (or about to ask the
// system's DNS) is stopped and recorded, so a regression in the address checks fails a test
// instead of sending a packet. Test support only: never imported by app code.
import { isIP, Socket, type LookupFunction } from "node:net";
import { isLoopbackAddress } from "../address";

type ConnectOptions = { host?: string; path?: string; lookup?: LookupFunction };

export type ConnectionGuard = {
  /** Every host a socket tried to connect to, loopback or not, in order. */
  attempts: string[];
  /** The connections that were stopped. */
  blocked: string[];
  uninstall(): void;
};

const originalConnect = Socket.prototype.connect;

function connectOptions(args: unknown[]): ConnectOptions | null {
  // http's agent passes Node's pre-normalised [options, callback] array.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first && typeof first === "object") return first as ConnectOptions;
  if (typeof args[1] === "string") return { host: args[1] };
  return null;
}

function checkedLookup(host: string, lookup: LookupFunction, guard: ConnectionGuard): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, options, (error, address, family) => {
      const addresses = typeof address === "string" ? [address] : (address ?? []).map((entry) => entry.address);
      if (!error && addresses.every(isLoopbackAddress)) return callback(error, address, family);
      guard.blocked.push(`${host} → ${addresses.join(", ")}`);
      callback(Object.assign(new Error(`test guard: refused to connect to ${host}`), { code: "ETESTGUARD" }), "", 0);
    });
  };
}

export function installLoopbackOnlyGuard(): ConnectionGuard {
  const uninstall = () => {
    Socket.prototype.connect = originalConnect;
  };
  const guard: ConnectionGuard = { attempts: [], blocked: [], uninstall };
  Socket.prototype.connect = function guardedConnect(this: Socket, ...args: unknown[]) {
    const options = connectOptions(args);
    if (options && !options.path) {
      const host = options.host ?? "localhost";
      guard.attempts.push(host);
      if (isIP(host) ? !isLoopbackAddress(host) : !options.lookup) {
        // An address we may not reach, or a name the system's DNS would be asked about.
        guard.blocked.push(host);
        throw Object.assign(new Error(`test guard: refused to connect to ${host}`), { code: "ETESTGUARD" });
      }
      if (options.lookup) options.lookup = checkedLookup(host, options.lookup, guard);
    }
    return (originalConnect as (...all: unknown[]) => Socket).apply(this, args);
  } as typeof Socket.prototype.connect;
  return guard;
}
