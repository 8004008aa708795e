// The claim edit form's fields as the form holds them (text, as typed), their labels in the
// analyst's words, and how a claim becomes the form's starting values. Shared by the form,
// the conflict panel, the history view and the server action (app/claims/[id]/claim-edit-schema.ts).
import { formatNumber } from "@/lib/domain/format";
import {
  confidences,
  credibilityGrades,
  credibilityLabels,
  type HopRole,
  measureLabels,
  measures,
  modalities,
  modalityLabels,
  placePrecisions,
  qualifierLabels,
  qualifiers,
  reviewStatuses,
  stances,
} from "@/lib/domain/vocabulary";

export const editableClaimFields = [
  "statement",
  "value",
  "lower",
  "upper",
  "qualifier",
  "unit",
  "measure",
  "scopePlace",
  "asStated",
  "modality",
  "stance",
  "placeName",
  "placeRelation",
  "placePrecision",
  "latitude",
  "longitude",
  "claimedAt",
  "periodStart",
  "periodEnd",
  "confidence",
  "credibility",
  "reviewStatus",
  "topicId",
  "notes",
] as const;
export type EditableClaimField = (typeof editableClaimFields)[number];

export type FormHop = { sourceId: string; role: HopRole; verb: string };
export type ClaimFormValues = Record<EditableClaimField, string> & { chain: FormHop[] };

export const numberFields = new Set<EditableClaimField>(["value", "lower", "upper", "latitude", "longitude", "credibility"]);
export const dayFields = new Set<EditableClaimField>(["claimedAt", "periodStart", "periodEnd"]);

export const fieldLabels: Record<EditableClaimField | "chain", string> = {
  statement: "Statement",
  value: "Figure",
  lower: "Lower bound",
  upper: "Upper bound",
  qualifier: "Qualifier",
  unit: "Unit",
  measure: "Measure (what it counts)",
  scopePlace: "Scope (area covered)",
  asStated: "As stated",
  modality: "Modality",
  stance: "Stance",
  placeName: "Place",
  placeRelation: "Place as stated",
  placePrecision: "Place precision",
  latitude: "Latitude",
  longitude: "Longitude",
  claimedAt: "Claimed on",
  periodStart: "Refers to, from",
  periodEnd: "As of (refers to, until)",
  confidence: "Confidence",
  credibility: "Credibility",
  reviewStatus: "Review status",
  topicId: "Topic",
  notes: "Notes",
  chain: "Who says it",
};

type Choice = { value: string; label: string };
const words = (values: readonly string[], labels: Record<string, string> = {}): Choice[] => values.map((value) => ({ value, label: labels[value] ?? value }));

/** The closed lists, with "none" where the field may be empty. */
export const fieldChoices: Partial<Record<EditableClaimField, Choice[]>> = {
  qualifier: [{ value: "", label: "none" }, ...words(qualifiers, qualifierLabels)],
  measure: [{ value: "", label: "not set" }, ...words(measures, measureLabels)],
  modality: words(modalities, modalityLabels),
  stance: words(stances),
  placePrecision: [{ value: "", label: "none" }, ...words(placePrecisions)],
  confidence: words(confidences),
  credibility: [
    { value: "", label: "not graded" },
    ...credibilityGrades.map((grade) => ({ value: String(grade), label: `${grade}: ${credibilityLabels[grade]}` })),
  ],
  reviewStatus: words(reviewStatuses),
  // The topics themselves are searched for in the form's picker; an empty one means none.
  topicId: [{ value: "", label: "none" }],
};

/** How a stored value reads in the form; empty for none. */
export function formText(field: EditableClaimField, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (dayFields.has(field)) return new Date(value as string | Date).toISOString().slice(0, 10);
  return String(value);
}

type ClaimLike = Partial<Record<EditableClaimField, unknown>> & { chain: { sourceId: string; role: HopRole; verb: string | null }[] };

/**
 * The form's values for a claim as stored (a record read in process, or one sent as JSON).
 * "As of" is the period's end, else the day it was claimed: the form shows the day the figure
 * holds at, and an unchanged one is not sent (only changed fields are).
 */
export function claimFormValues(claim: ClaimLike): ClaimFormValues {
  const text = Object.fromEntries(editableClaimFields.map((field) => [field, formText(field, claim[field])])) as Record<EditableClaimField, string>;
  text.periodEnd ||= text.claimedAt;
  return { ...text, chain: claim.chain.map((hop) => ({ sourceId: hop.sourceId, role: hop.role, verb: hop.verb ?? "" })) };
}

/** A figure typed as "12,000" or "12 000" is the stored 12000. */
export const compactNumber = (text: string) => text.replace(/[,\s\u00a0]/g, "");

function comparable(field: EditableClaimField, text: string): string {
  if (!numberFields.has(field)) return text.trim();
  const compact = compactNumber(text);
  return compact !== "" && Number.isFinite(Number(compact)) ? String(Number(compact)) : compact;
}

/** Two values of one field are the same when they mean the same (3,500 is 3500). */
export function sameFormValue(field: EditableClaimField | "chain", a: ClaimFormValues, b: ClaimFormValues): boolean {
  if (field === "chain") return chainKey(a.chain) === chainKey(b.chain);
  return comparable(field, a[field]) === comparable(field, b[field]);
}

const chainKey = (chain: FormHop[]) => JSON.stringify(chain.map((hop) => [hop.sourceId, hop.role, hop.verb.trim()]));

/** A value as the conflict panel and history show it: choices by their label, empty as "—". */
export function readableFormValue(field: EditableClaimField, value: string): string {
  if (value.trim() === "") return "—";
  const figure = Number(compactNumber(value));
  if (numberFields.has(field) && !["latitude", "longitude", "credibility"].includes(field) && Number.isFinite(figure)) return formatNumber(figure);
  return fieldChoices[field]?.find((choice) => choice.value === value)?.label ?? value;
}

/** A chain read aloud: "NIS (originator, citing) → Yonhap (relay)". */
export function readableChain(chain: { sourceId: string; role: string; verb?: string | null }[], sourceNames: Record<string, string>): string {
  if (chain.length === 0) return "no source named";
  return chain.map((hop) => `${sourceNames[hop.sourceId] ?? "unknown source"} (${[hop.role, hop.verb].filter(Boolean).join(", ")})`).join(" → ");
}
