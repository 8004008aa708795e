// The pickers' endpoints over real HTTP: a few names containing the typed words, names that
// start with them first, never a deleted record, the user's % and _ taken literally.
import { expect, test } from "vitest";
import { call, editorToken, type ErrorBody, newSource, newTopic, unique, viewerToken } from "../../claims/_testing/api-client";

type Choices = { choices: { id: string; slug: string; label: string; unit?: string | null; measure?: string | null; version?: number }[] };

test("sources whose name contains the words, those starting with them first, and no deleted one", async () => {
  const word = `Zq${unique()}`;
  const inside = await newSource({ name: `Agency of ${word}` });
  const starting = await newSource({ name: `${word} Ministry` });
  const deleted = await newSource({ name: `${word} Deleted` });
  expect((await call("DELETE", `/api/v1/sources/${deleted.id}?version=1`, { as: editorToken })).status).toBe(200);
  const answer = await call<Choices>("GET", `/api/v1/sources/choices?q=${word.toLowerCase()}`, { as: viewerToken });
  expect(answer.status).toBe(200);
  expect(answer.body.choices).toEqual([
    { id: starting.id, slug: starting.slug, label: `${word} Ministry`, version: 1 },
    { id: inside.id, slug: inside.slug, label: `Agency of ${word}`, version: 1 },
  ]);
});

test("topics by title with their unit and measure, at most `limit` of them, and % is a character, not a wildcard", async () => {
  const word = `Zq${unique()}`;
  const first = await newTopic({ title: `${word} topic 1`, unit: "troops", measure: "Troops sent abroad" });
  for (const index of [2, 3]) await newTopic({ title: `${word} topic ${index}`, unit: null });
  const limited = await call<Choices>("GET", `/api/v1/topics/choices?q=${word}&limit=2`, { as: viewerToken });
  expect(limited.body.choices.map((choice) => choice.label)).toEqual([`${word} topic 1`, `${word} topic 2`]);
  expect(limited.body.choices).toContainEqual({ id: first.id, slug: first.slug, label: `${word} topic 1`, unit: "troops", measure: "Troops sent abroad" });
  expect(limited.body.choices[1]).toMatchObject({ label: `${word} topic 2`, unit: null, measure: null });
  const percent = await call<Choices>("GET", `/api/v1/topics/choices?q=${word}%25topic`, { as: viewerToken });
  expect(percent.body.choices).toEqual([]);
});

test("a limit over 50 is refused with the field named", async () => {
  const tooMany = await call<ErrorBody>("GET", "/api/v1/sources/choices?limit=500", { as: viewerToken });
  expect(tooMany.status).toBe(400);
  expect(tooMany.body.error.issues?.[0]?.path).toBe("limit");
});
