// Moving claims into a topic: all or none, one revision per claim, from the versions seen.
import { expect, test } from "vitest";
import { claimCreateSchema } from "../../schemas/claim";
import { reportSubmissionSchema } from "../../schemas/report-submission";
import type { Actor } from "../actor";
import { moveClaimsToTopic } from "./claim-moves";
import { createClaim, updateClaim } from "./claims";
import { getClaimHistory } from "./reads";
import { createReport } from "./reports";
import { createSource } from "./sources";
import { createTopic } from "./topics";

const editor: Actor = { kind: "user", userId: "editor-1", role: "editor", via: "session" };
const viewer: Actor = { kind: "user", userId: "viewer-1", role: "viewer", via: "token" };

let runs = 0;
async function twoClaims() {
  const text = `INVENTED. The ministry said 3,000 workers left; later 4,000 workers (${++runs}).`;
  const ministry = await createSource(editor, {
    name: `Example Ministry ${runs}`,
    kind: "government",
    country: null,
    parentId: null,
    aliases: [],
    description: null,
    homepage: null,
    wikidataId: null,
    reliability: "B",
  });
  const { report } = await createReport(
    editor,
    reportSubmissionSchema.parse({ report: { title: "Workers (invented)", text, publishedAt: "2026-11-01" }, claims: [] }),
  );
  const claimAt = (words: string, value: number) => {
    const start = report.text.indexOf(words);
    return createClaim(
      editor,
      claimCreateSchema.parse({
        reportId: report.id,
        kind: "quantity",
        statement: `${words} left.`,
        anchor: { start, end: start + words.length, exact: words },
        value,
        credibility: 2,
        chain: [{ sourceId: ministry.id, role: "originator" }],
      }),
    );
  };
  return [await claimAt("3,000 workers", 3000), await claimAt("4,000 workers", 4000)] as const;
}

test("two claims move into a topic, each with a revision of its own", async () => {
  const claims = await twoClaims();
  const topic = await createTopic(editor, { title: `Departures ${runs}`, description: null, measure: null, unit: "workers" });
  const moved = await moveClaimsToTopic(
    editor,
    claims.map(({ id, version }) => ({ id, version })),
    topic.id,
  );
  expect(moved.map((claim) => [claim.topicId, claim.version, claim.credibility])).toEqual([
    [topic.id, 2, 2],
    [topic.id, 2, 2],
  ]);
  const history = await getClaimHistory(editor, claims[0].id);
  expect(history?.revisions.at(-1)?.changes).toEqual([{ field: "topicId", before: null, after: topic.id }]);
});

test("a claim changed meanwhile stops the whole move; a viewer moves nothing", async () => {
  const claims = await twoClaims();
  const topic = await createTopic(editor, { title: `Departures ${runs}`, description: null, measure: null, unit: null });
  await updateClaim(editor, claims[1].id, 1, { notes: "Changed meanwhile" });
  await expect(
    moveClaimsToTopic(
      editor,
      claims.map(({ id, version }) => ({ id, version })),
      topic.id,
    ),
  ).rejects.toMatchObject({ code: "version_conflict" });
  await expect(moveClaimsToTopic(viewer, [{ id: claims[0].id, version: 1 }], topic.id)).rejects.toMatchObject({ code: "forbidden" });
  const first = await getClaimHistory(editor, claims[0].id);
  expect(first?.claim).toMatchObject({ topicId: null, version: 1 });
});
