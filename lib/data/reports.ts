import "server-only";
import { db } from "../db/client";
import { type Actor, assertCanRead } from "./actor";
import { claimWithChain, inChainOrder } from "./claim-rows";

const live = { deletedAt: null };

export async function getReportWithClaims(actor: Actor, id: string) {
  assertCanRead(actor);
  const report = await db().read.report.findFirst({
    where: { id, ...live },
    include: {
      outlet: { select: { id: true, slug: true, name: true } },
      claims: { where: live, include: claimWithChain, orderBy: [{ anchorStart: "asc" }, { id: "asc" }] },
    },
  });
  return report && { ...report, claims: report.claims.map(inChainOrder) };
}

export async function listReports(actor: Actor) {
  assertCanRead(actor);
  return db().read.report.findMany({
    where: live,
    select: {
      id: true,
      title: true,
      publishedAt: true,
      outlet: { select: { name: true, slug: true } },
      _count: { select: { claims: { where: live } } },
    },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
  });
}
