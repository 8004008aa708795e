// Attribution chains in words, and the rules a chain must follow. "Yonhap, citing the NIS"
// is NIS (originator) → Yonhap (relay): the originator comes first, then whoever passed it on.
import type { ChainHop } from "./figure";
import type { HopRole } from "./vocabulary";

type NamedHop = Pick<ChainHop, "sourceName" | "role">;

/**
 * Where the originator stands: the first hop whose role is originator, else the first hop
 * (a chain that never says who originated is read from its start), else -1 for no hop.
 */
export function originatorIndex(chain: readonly Pick<ChainHop, "role">[]): number {
  const index = chain.findIndex((hop) => hop.role === "originator");
  return index === -1 && chain.length > 0 ? 0 : index;
}

/** "A", "A and B", "A, B and C". */
function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * A chain in words, originator first: "National Intelligence Service via Yonhap News Agency",
 * "Volodymyr Zelensky citing Ukrainian intelligence". A speaker wraps what came before it;
 * relays (and any stray second originator) are listed after "via". An empty chain is
 * "unattributed". Hops out of order are read around the originator, never rejected here:
 * `validateChain` is where a bad chain is refused.
 */
export function describeChain(chain: readonly NamedHop[]): string {
  const head = originatorIndex(chain);
  const originator = chain[head];
  if (originator === undefined) return "unattributed";
  let text = originator.sourceName;
  let hasSpeaker = false;
  let pendingRelays: string[] = [];
  const addRelays = () => {
    if (pendingRelays.length === 0) return;
    // After "X citing Y" a comma keeps the relay from reading as Y's.
    text = `${text}${hasSpeaker ? "," : ""} via ${listNames(pendingRelays)}`;
    pendingRelays = [];
  };
  chain.forEach((hop, index) => {
    if (index === head) return;
    if (hop.role === "speaker") {
      addRelays();
      text = `${hop.sourceName} citing ${text}`;
      hasSpeaker = true;
    } else {
      pendingRelays.push(hop.sourceName);
    }
  });
  addRelays();
  return text;
}

export const chainProblemCodes = ["empty", "no_originator", "originator_not_first", "relay_before_originator", "several_originators"] as const;
export type ChainProblemCode = (typeof chainProblemCodes)[number];

/** One thing wrong with a chain; `hop` is the index of the hop at fault, null for the whole chain. */
export type ChainProblem = { code: ChainProblemCode; hop: number | null; message: string };

/** What validation needs of a hop: its role, and its source's name when the form has one. */
export type HopToValidate = { role: HopRole; sourceName?: string | null };

function hopName(hop: HopToValidate, index: number): string {
  return hop.sourceName?.trim() || `Hop ${index + 1}`;
}

/**
 * Everything wrong with a chain, in hop order: an empty chain, no originator, an originator
 * that is not the first hop, a relay placed before the originator, a second originator.
 * An empty list means the chain is sound. For the zod schemas: `hop` is the path.
 */
export function validateChain(chain: readonly HopToValidate[]): ChainProblem[] {
  if (chain.length === 0) {
    return [{ code: "empty", hop: null, message: "The chain names no source: add the originator, who first made the claim." }];
  }
  const first = chain.findIndex((hop) => hop.role === "originator");
  const originatorHop = chain[first];
  if (originatorHop === undefined) {
    return [{ code: "no_originator", hop: null, message: "No hop is the originator: mark who first made the claim." }];
  }
  const originator = hopName(originatorHop, first);
  const problems: ChainProblem[] = [];
  chain.forEach((hop, index) => {
    const name = hopName(hop, index);
    if (index === first && first > 0) {
      problems.push({ code: "originator_not_first", hop: index, message: `${name} is the originator and must be the first hop.` });
    } else if (index < first && hop.role === "relay") {
      problems.push({
        code: "relay_before_originator",
        hop: index,
        message: `${name} relays the claim, so it must come after the originator, ${originator}.`,
      });
    } else if (index > first && hop.role === "originator") {
      problems.push({
        code: "several_originators",
        hop: index,
        message: `${name} is a second originator: a claim has one; mark the others as speaker or relay.`,
      });
    }
  });
  return problems;
}
