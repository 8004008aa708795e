import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { type Actor, anonymous } from "./actor";
import { claimTableRows } from "./claim-table-rows";
import { findSourceChoices, findTopicChoices, chosenBySlug, sourceChoicesByIds, topicChoiceById } from "./choices";
import { seedDemoData } from "./seed";

const analyst: Actor = { kind: "user", userId: "analyst", role: "viewer", via: "session" };

beforeAll(async () => {
  await seedDemoData();
  await db().writeTransaction(async (tx) => {
    await tx.topic.createMany({
      data: [
        { slug: "troops-in-kursk", title: "Troops in Kursk", unit: "troops", measure: "Troops in Kursk oblast" },
        { slug: "kursk-troops-100", title: "Kursk: 100% of troops", unit: "troops" },
        { slug: "gone-topic", title: "Troops gone", unit: "troops", deletedAt: new Date() },
      ],
    });
  });
});

test("topics whose title contains the words in any case, those starting with them first, with unit and measure, no deleted one", async () => {
  const choices = await findTopicChoices(analyst, { q: "KURSK", limit: 20 });
  expect(choices.map((choice) => choice.label)).toEqual(["Kursk: 100% of troops", "Troops in Kursk"]);
  expect(choices[1]).toEqual({ id: expect.any(String), slug: "troops-in-kursk", label: "Troops in Kursk", unit: "troops", measure: "Troops in Kursk oblast" });
  expect(choices[0]).toMatchObject({ unit: "troops", measure: null });
  expect((await findTopicChoices(analyst, { q: "troops", limit: 20 })).map((choice) => choice.label)).not.toContain("Troops gone");
});

test("% and _ are characters, not wildcards, and the limit holds", async () => {
  expect((await findTopicChoices(analyst, { q: "100%", limit: 20 })).map((choice) => choice.slug)).toEqual(["kursk-troops-100"]);
  expect(await findTopicChoices(analyst, { q: "K_rsk", limit: 20 })).toEqual([]);
  expect(await findTopicChoices(analyst, { q: undefined, limit: 2 })).toHaveLength(2);
});

test("sources by name, and the chosen topic and source named by slug or id", async () => {
  const [nis] = await findSourceChoices(analyst, { q: "intelligence serv", limit: 5 });
  expect(nis).toMatchObject({ slug: "national-intelligence-service", label: "National Intelligence Service", version: 1 });
  const chosen = await chosenBySlug(analyst, { topic: "troops-in-kursk", source: "national-intelligence-service" });
  expect(chosen.topic?.label).toBe("Troops in Kursk");
  expect(chosen.source?.label).toBe("National Intelligence Service");
  expect(await chosenBySlug(analyst, { topic: "no-such-topic" })).toEqual({ topic: null, source: null });
  expect((await topicChoiceById(analyst, chosen.topic!.id))?.slug).toBe("troops-in-kursk");
  expect(await topicChoiceById(analyst, null)).toBeNull();
});

test("sources named by id for a chain's pickers, each once, those not found left out", async () => {
  const [nis] = await findSourceChoices(analyst, { q: "National Intelligence Service", limit: 1 });
  expect(await sourceChoicesByIds(analyst, [nis!.id, nis!.id, "no-such-source"])).toEqual([nis]);
  expect(await sourceChoicesByIds(analyst, [])).toEqual([]);
});

test("a deleted source is still named by id (a source form's parent), and left out of the names offered", async () => {
  const [yonhap] = await findSourceChoices(analyst, { q: "Yonhap", limit: 1 });
  const gone = await db().writeTransaction((tx) =>
    tx.source.create({ data: { slug: "gone-parent", name: "Gone Parent Agency", kind: "government", deletedAt: new Date() }, select: { id: true } }),
  );
  expect(await sourceChoicesByIds(analyst, [gone.id, yonhap!.id])).toEqual(
    expect.arrayContaining([{ id: gone.id, slug: "gone-parent", label: "Gone Parent Agency", version: 1 }, yonhap]),
  );
  expect(await findSourceChoices(analyst, { q: "Gone Parent", limit: 5 })).toEqual([]);
});

test("the data layer's row and slug reads check their reader too, not only the views calling them", async () => {
  const previous = process.env.PUBLIC_READ;
  process.env.PUBLIC_READ = "0";
  try {
    await expect(chosenBySlug(anonymous, { topic: "troops-in-kursk" })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(claimTableRows(anonymous, ["any-claim"])).rejects.toMatchObject({ code: "unauthenticated" });
  } finally {
    // Assigning undefined would store the string "undefined", which the environment refuses.
    if (previous === undefined) delete process.env.PUBLIC_READ;
    else process.env.PUBLIC_READ = previous;
  }
  expect(await claimTableRows(analyst, [])).toEqual([]);
});
