import { describe, expect, test } from "vitest";
import { describeChain, originatorIndex, validateChain } from "./attribution";
import { foundingFigure, hop } from "./test-support/figures";

describe("describeChain: who says it, in words", () => {
  test("the founding report's chains read as the report puts them", () => {
    expect(describeChain(foundingFigure("nis-yonhap-12000-planned").chain)).toBe("National Intelligence Service via Yonhap News Agency");
    expect(describeChain(foundingFigure("zelensky-10000-preparing").chain)).toBe("Volodymyr Zelensky citing Ukrainian intelligence");
    expect(describeChain(foundingFigure("nis-1500-arrived").chain)).toBe("National Intelligence Service");
    expect(describeChain(foundingFigure("sources-could-rise-to-12000").chain)).toBe("Unnamed sources");
  });

  test("an empty chain is unattributed", () => {
    expect(describeChain([])).toBe("unattributed");
  });

  test("several relays are listed in order", () => {
    expect(describeChain([hop("NIS"), hop("Yonhap", "relay"), hop("Reuters", "relay")])).toBe("NIS via Yonhap and Reuters");
    expect(describeChain([hop("NIS"), hop("Yonhap", "relay"), hop("Reuters", "relay"), hop("BBC", "relay")])).toBe("NIS via Yonhap, Reuters and BBC");
  });

  test("a relay after a speaker is set off by a comma, so it does not read as the originator's", () => {
    expect(describeChain([hop("Ukrainian intelligence"), hop("Zelensky", "speaker"), hop("Reuters", "relay")])).toBe(
      "Zelensky citing Ukrainian intelligence, via Reuters",
    );
  });

  test("a speaker citing a relayed report wraps the whole of it", () => {
    expect(describeChain([hop("NIS"), hop("Yonhap", "relay"), hop("Zelensky", "speaker")])).toBe("Zelensky citing NIS via Yonhap");
  });

  test("a chain out of order is still read from its originator, and a second originator reads as a relay", () => {
    expect(describeChain([hop("Yonhap", "relay"), hop("NIS")])).toBe("NIS via Yonhap");
    expect(describeChain([hop("NIS"), hop("Ukrainian intelligence")])).toBe("NIS via Ukrainian intelligence");
  });

  test("a chain with no originator is read from its first hop", () => {
    expect(originatorIndex([hop("Zelensky", "speaker"), hop("Reuters", "relay")])).toBe(0);
    expect(describeChain([hop("Zelensky", "speaker"), hop("Reuters", "relay")])).toBe("Zelensky via Reuters");
    expect(originatorIndex([])).toBe(-1);
  });
});

describe("validateChain: what is wrong with a chain", () => {
  test("the founding report's chains are sound", () => {
    for (const key of ["nis-yonhap-12000-planned", "zelensky-10000-preparing", "nis-1500-arrived", "sources-could-rise-to-12000"]) {
      expect(validateChain(foundingFigure(key).chain)).toEqual([]);
    }
  });

  test("an empty chain names no source", () => {
    expect(validateChain([])).toEqual([{ code: "empty", hop: null, message: expect.stringContaining("originator") }]);
  });

  test("a chain without an originator asks who first made the claim", () => {
    expect(validateChain([{ role: "speaker", sourceName: "Zelensky" }])).toEqual([
      { code: "no_originator", hop: null, message: expect.stringContaining("who first made the claim") },
    ]);
  });

  test("a relay before the originator is flagged on both hops", () => {
    const problems = validateChain([hop("Yonhap", "relay"), hop("NIS")]);
    expect(problems.map(({ code, hop: index }) => [code, index])).toEqual([
      ["relay_before_originator", 0],
      ["originator_not_first", 1],
    ]);
    expect(problems[0]?.message).toBe("Yonhap relays the claim, so it must come after the originator, NIS.");
    expect(problems[1]?.message).toBe("NIS is the originator and must be the first hop.");
  });

  test("a speaker before the originator only moves the originator", () => {
    expect(validateChain([hop("Zelensky", "speaker"), hop("Ukrainian intelligence")]).map((problem) => problem.code)).toEqual(["originator_not_first"]);
  });

  test("a second originator is flagged where it stands", () => {
    expect(validateChain([hop("NIS"), hop("Yonhap", "relay"), hop("Ukrainian intelligence")])).toEqual([
      { code: "several_originators", hop: 2, message: expect.stringContaining("Ukrainian intelligence is a second originator") },
    ]);
  });

  test("hops without a source name yet are named by their position", () => {
    expect(validateChain([{ role: "relay" }, { role: "originator", sourceName: "  " }]).map((problem) => problem.message)).toEqual([
      "Hop 1 relays the claim, so it must come after the originator, Hop 2.",
      "Hop 2 is the originator and must be the first hop.",
    ]);
  });
});
