// The shapes the extraction engine answers with. `candidateSchema` is the fixed JSON of
// DESIGN.md ("Interfaces that are fixed"): POST /api/v1/extract and `npm run extract` answer
// exactly these keys, plus `measure` and `scopePlace` (added, never changed), so the schema is strict. The detailed shape adds what the review
// screen needs (words as stated, place coordinates, verbs per hop, dates).
import { z } from "zod";
import { hopRoles, measures, modalities, qualifiers, sourceKinds, stances, type PlacePrecision, type SourceKind } from "../domain/vocabulary";

export const candidateKinds = ["quantity", "location", "quote", "statement"] as const;
export type CandidateKind = (typeof candidateKinds)[number];

export const attributionHopSchema = z
  .object({
    name: z.string().min(1),
    role: z.enum(hopRoles),
    sourceId: z.string().nullable(),
  })
  .strict();

export const candidateSchema = z
  .object({
    kind: z.enum(candidateKinds),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
    value: z.number().nullable(),
    lower: z.number().nullable(),
    upper: z.number().nullable(),
    qualifier: z.enum(qualifiers).nullable(),
    unit: z.string().nullable(),
    modality: z.enum(modalities).nullable(),
    stance: z.enum(stances).nullable(),
    place: z.string().nullable(),
    attribution: z.array(attributionHopSchema),
    // Added to the fixed keys (issue 9): what a figure counts and the area it covers. Both are
    // null for quotes, statements and locations, and scopePlace is null when the text names none.
    measure: z.enum(measures).nullable(),
    scopePlace: z.string().nullable(),
  })
  .strict()
  .refine((candidate) => candidate.end >= candidate.start, { message: "end must not precede start", path: ["end"] });

export type AttributionHop = z.infer<typeof attributionHopSchema>;
export type Candidate = z.infer<typeof candidateSchema>;

/** A source the analyst already tracks; mentions in text resolve to it by name or alias. */
export type KnownSource = { id: string; name: string; kind: SourceKind; aliases: string[] };

export const knownSourceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(sourceKinds),
  aliases: z.array(z.string()),
});

/** The words a hop was found at, so the review screen can highlight them. */
export type MentionSpan = { start: number; end: number; text: string };

export type DetailedHop = AttributionHop & {
  /** The verb as written: "according to", "citing", "has confirmed", "said". */
  verb: string | null;
  mention: MentionSpan | null;
  /** For an unresolved source: the kind a new Source should probably get. */
  suggestedKind: SourceKind;
  /** Title or role as written beside the name ("President", "editor at Defence Express"). */
  description: string | null;
};

export type DetailedCandidate = Omit<Candidate, "attribution"> & {
  attribution: DetailedHop[];
  /** The figure's or place's words as stated ("four brigades, totaling 12,000 soldiers"). */
  asStated: string;
  placeRelation: string | null;
  placePrecision: PlacePrecision | null;
  latitude: number | null;
  longitude: number | null;
  /** When the claim was made: a date named beside the attribution verb, else the publication date. */
  claimedAt: string | null;
  /** The period the claim is about, when the text names one ("last week", "in October"). */
  periodStart: string | null;
  periodEnd: string | null;
  /** The sentence the candidate was found in, for context in the review screen. */
  sentence: { start: number; end: number };
};

export type ProposedSource = { name: string; suggestedKind: SourceKind };

/** Drops the review-only fields so the answer has exactly the fixed Candidate keys. */
export function toCandidate(detailed: DetailedCandidate): Candidate {
  return {
    kind: detailed.kind,
    start: detailed.start,
    end: detailed.end,
    text: detailed.text,
    value: detailed.value,
    lower: detailed.lower,
    upper: detailed.upper,
    qualifier: detailed.qualifier,
    unit: detailed.unit,
    modality: detailed.modality,
    stance: detailed.stance,
    place: detailed.place,
    attribution: detailed.attribution.map((hop) => ({ name: hop.name, role: hop.role, sourceId: hop.sourceId })),
    measure: detailed.measure,
    scopePlace: detailed.scopePlace,
  };
}
