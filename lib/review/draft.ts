// The review screen's state: the engine's proposals become draft claims the analyst
// accepts, edits or rejects, plus claims drawn from selected words; the accepted drafts
// become one ReportSubmission. Pure, so the browser and the tests run the same code.
import type { DetailedCandidate } from "../extract/candidate";
import { normalizeAlias } from "../domain/aliases";
import { measureFromUnit } from "../domain/measure";
import type { ClaimKind, HopRole, Measure, Modality, PlacePrecision, Qualifier, SourceKind, Stance } from "../domain/vocabulary";
import type { ReportSubmission } from "../schemas/report-submission";
import { figureInWords } from "./selected-figure";

export type DraftHop = {
  /** Its own key while the chain is edited, so a removed hop takes its picker's state with it. */
  key: string;
  name: string;
  role: HopRole;
  verb: string | null;
  /** A source the tracker knows; null → a new source is created under `name`. */
  sourceId: string | null;
  newSourceKind: SourceKind;
};

export type DraftClaim = {
  key: string;
  decision: "accepted" | "rejected";
  proposedBy: "engine" | "analyst";
  kind: ClaimKind;
  statement: string;
  start: number;
  end: number;
  value: number | null;
  lower: number | null;
  upper: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  /** What the figure counts; proposed from the unit's words ("dead" → killed). */
  measure: Measure | null;
  /** The area the figure covers, as typed; resolved against the gazetteer when saved. */
  scopePlace: string | null;
  asStated: string | null;
  modality: Modality;
  stance: Stance;
  placeName: string | null;
  latitude: number | null;
  longitude: number | null;
  placePrecision: PlacePrecision | null;
  placeRelation: string | null;
  claimedAt: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  chain: DraftHop[];
  inTopic: boolean;
};

export type ReportDetails = {
  title: string;
  url: string | null;
  outletName: string | null;
  outletSourceId: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string;
  text: string;
};

export type TopicChoice = ReportSubmission["topic"];

function sentenceOf(text: string, candidate: DetailedCandidate) {
  return text.slice(candidate.sentence.start, candidate.sentence.end).replace(/\s+/g, " ").trim().slice(0, 1000);
}

export function draftFromCandidate(text: string, candidate: DetailedCandidate, index: number): DraftClaim {
  return {
    key: `engine-${index}`,
    decision: "accepted",
    proposedBy: "engine",
    kind: candidate.kind,
    statement: sentenceOf(text, candidate) || candidate.text,
    start: candidate.start,
    end: candidate.end,
    value: candidate.value,
    lower: candidate.lower,
    upper: candidate.upper,
    qualifier: candidate.qualifier,
    unit: candidate.unit,
    measure: candidate.kind === "quantity" ? measureFromUnit(candidate.unit) : null,
    scopePlace: null,
    asStated: candidate.kind === "quantity" ? candidate.asStated : null,
    modality: candidate.modality ?? "unknown",
    stance: candidate.stance ?? "asserts",
    placeName: candidate.place,
    latitude: candidate.latitude,
    longitude: candidate.longitude,
    placePrecision: candidate.placePrecision,
    placeRelation: candidate.placeRelation,
    claimedAt: candidate.claimedAt,
    periodStart: candidate.periodStart,
    periodEnd: candidate.periodEnd,
    chain: candidate.attribution.map((hop, at) => ({
      key: `engine-${at}`,
      name: hop.name,
      role: hop.role,
      verb: hop.verb,
      sourceId: hop.sourceId,
      newSourceKind: hop.suggestedKind,
    })),
    inTopic: candidate.kind === "quantity" || candidate.kind === "location",
  };
}

/** A claim the engine missed, from words the analyst selected: a figure in them fills the quantity. */
export function draftFromSelection(text: string, start: number, end: number, serial: number): DraftClaim {
  const words = text.slice(start, end);
  const figure = figureInWords(words);
  const blank = {
    key: `analyst-${serial}`,
    decision: "accepted",
    proposedBy: "analyst",
    kind: "statement",
    statement: words.replace(/\s+/g, " ").trim().slice(0, 1000),
    start,
    end,
    value: null,
    lower: null,
    upper: null,
    qualifier: null,
    unit: null,
    measure: null,
    scopePlace: null,
    asStated: null,
    modality: "unknown",
    stance: "asserts",
    placeName: null,
    latitude: null,
    longitude: null,
    placePrecision: null,
    placeRelation: null,
    claimedAt: null,
    periodStart: null,
    periodEnd: null,
    chain: [],
    inTopic: false,
  } satisfies DraftClaim;
  return figure ? { ...blank, kind: "quantity", ...figure } : blank;
}

/** New sources are keyed by their normalised name, so one name mentioned twice is one source. */
const newSourceKey = (name: string) => normalizeAlias(name);

export function toSubmission(report: ReportDetails, drafts: DraftClaim[], topic: TopicChoice): ReportSubmission {
  const accepted = drafts.filter((draft) => draft.decision === "accepted");
  const newSources = new Map<string, ReportSubmission["newSources"][number]>();
  const reference = (hop: { sourceId: string | null; name: string; newSourceKind: SourceKind }) => {
    if (hop.sourceId) return { sourceId: hop.sourceId };
    const key = newSourceKey(hop.name);
    if (!newSources.has(key)) newSources.set(key, { key, name: hop.name.trim(), kind: hop.newSourceKind, country: null, aliases: [] });
    return { newSourceKey: key };
  };
  const outlet = report.outletSourceId
    ? { sourceId: report.outletSourceId }
    : report.outletName?.trim()
      ? reference({ sourceId: null, name: report.outletName, newSourceKind: "media_outlet" })
      : null;
  return {
    report: {
      title: report.title,
      url: report.url,
      outlet,
      author: report.author,
      publishedAt: report.publishedAt,
      language: report.language,
      text: report.text,
    },
    topic,
    claims: accepted.map((draft) => ({
      kind: draft.kind,
      statement: draft.statement,
      anchor: { start: draft.start, end: draft.end, exact: report.text.slice(draft.start, draft.end) },
      value: draft.value,
      lower: draft.lower,
      upper: draft.upper,
      qualifier: draft.qualifier,
      unit: draft.unit,
      measure: draft.measure,
      scopePlace: draft.scopePlace,
      asStated: draft.asStated,
      modality: draft.modality,
      stance: draft.stance,
      placeName: draft.placeName,
      latitude: draft.latitude,
      longitude: draft.longitude,
      placePrecision: draft.placePrecision,
      placeRelation: draft.placeRelation,
      claimedAt: draft.claimedAt,
      periodStart: draft.periodStart,
      periodEnd: draft.periodEnd,
      chain: draft.chain.filter((hop) => hop.name.trim()).map((hop) => ({ source: reference(hop), role: hop.role, verb: hop.verb })),
      inTopic: draft.inTopic,
      confidence: "medium",
      reviewStatus: "draft",
      notes: null,
    })),
    newSources: [...newSources.values()],
  };
}
