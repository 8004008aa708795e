import { describe, expect, test } from "vitest";
import { countIndependentOrigins, independentOrigins, originKey, originatorOf } from "./origins";
import { figure, foundingFigure, foundingFigures, hop } from "./test-support/figures";

describe("originatorOf", () => {
  test("is the hop marked originator, even when it is not first", () => {
    expect(originatorOf(foundingFigure("zelensky-10000-preparing"))?.sourceName).toBe("Ukrainian intelligence");
    expect(originatorOf({ chain: [hop("Yonhap", "relay"), hop("NIS")] })?.sourceName).toBe("NIS");
  });

  test("is the first hop when none is marked originator, and null for no chain", () => {
    expect(originatorOf({ chain: [hop("Zelensky", "speaker"), hop("Reuters", "relay")] })?.sourceName).toBe("Zelensky");
    expect(originatorOf({ chain: [] })).toBeNull();
  });
});

describe("independentOrigins", () => {
  test("the founding report's five figures come from three independent origins", () => {
    const origins = independentOrigins(foundingFigures);
    expect(countIndependentOrigins(foundingFigures)).toBe(3);
    expect(origins.map((origin) => [origin.originatorName, origin.figures.length])).toEqual([
      ["National Intelligence Service", 3],
      ["Ukrainian intelligence", 1],
      ["Unnamed sources", 1],
    ]);
  });

  test("relays and speakers are listed under their originator", () => {
    const [nis, ukrainianIntelligence, unnamed] = independentOrigins(foundingFigures);
    expect(nis?.relays).toEqual([{ sourceId: "yonhap-news-agency", sourceName: "Yonhap News Agency", role: "relay" }]);
    expect(ukrainianIntelligence?.relays).toEqual([{ sourceId: "volodymyr-zelensky", sourceName: "Volodymyr Zelensky", role: "speaker" }]);
    expect(unnamed?.relays).toEqual([]);
    expect(nis).toMatchObject({ key: "source:national-intelligence-service", originatorId: "national-intelligence-service" });
  });

  test("five outlets relaying one briefing are one origin, each relay listed once", () => {
    const figures = [
      figure({ chain: [hop("NIS"), hop("Yonhap", "relay")], reportId: "r1" }),
      figure({ chain: [hop("NIS"), hop("Reuters", "relay")], reportId: "r2" }),
      figure({ chain: [hop("NIS"), hop("Yonhap", "relay"), hop("Reuters", "relay")], reportId: "r3" }),
      figure({ chain: [hop("NIS"), hop("NIS", "relay")], reportId: "r4" }),
    ];
    const origins = independentOrigins(figures);
    expect(origins).toHaveLength(1);
    expect(origins[0]?.relays.map((relay) => relay.sourceName)).toEqual(["Yonhap", "Reuters"]);
  });

  test("a figure with no chain is its report's own origin", () => {
    const figures = [figure({ chain: [], reportId: "r1" }), figure({ chain: [], reportId: "r1" }), figure({ chain: [], reportId: "r2" })];
    const origins = independentOrigins(figures);
    expect(origins.map((origin) => [origin.key, origin.originatorId, origin.originatorName, origin.figures.length])).toEqual([
      ["report:r1", null, null, 2],
      ["report:r2", null, null, 1],
    ]);
    expect(originKey(figures[2]!)).toBe("report:r2");
  });

  test("no figures, no origins", () => {
    expect(countIndependentOrigins([])).toBe(0);
  });
});
