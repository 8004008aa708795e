// The analyst's vocabulary, as closed lists. Shared by the database schema (the enums in
// prisma/schema.prisma must list the same words), the zod schemas and the views.

export const sourceKinds = [
  "intelligence_service",
  "government",
  "official",
  "military",
  "news_agency",
  "media_outlet",
  "expert",
  "think_tank",
  "ngo",
  "anonymous",
  "other",
] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const claimKinds = ["quantity", "location", "quote", "statement", "event"] as const;
export type ClaimKind = (typeof claimKinds)[number];

export const qualifiers = ["exact", "approx", "at_least", "more_than", "up_to", "at_most", "range", "unknown"] as const;
export type Qualifier = (typeof qualifiers)[number];

/** What the figure describes: a plan, a preparation, something under way, done, possible. */
export const modalities = ["planned", "preparing", "underway", "completed", "possible", "unknown"] as const;
export type Modality = (typeof modalities)[number];

export const stances = ["asserts", "confirms", "estimates", "speculates", "denies"] as const;
export type Stance = (typeof stances)[number];

export const placePrecisions = ["exact", "near", "city", "region", "country"] as const;
export type PlacePrecision = (typeof placePrecisions)[number];

/** What a signed-in person may do: read, also write, also manage people. */
export const roles = ["viewer", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

export const hopRoles = ["originator", "speaker", "relay"] as const;
export type HopRole = (typeof hopRoles)[number];

export const confidences = ["low", "medium", "high"] as const;
export type Confidence = (typeof confidences)[number];

/** draft … retracted are the desk's workflow; verified, false and misleading are fact-check ratings. */
export const reviewStatuses = ["draft", "accepted", "disputed", "retracted", "verified", "false", "misleading"] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/**
 * What a figure counts. killed and injured are parts of casualties (see measure.ts);
 * deployed is people or forces sent to or present in a place; participants are crowd sizes.
 */
export const measures = ["deployed", "killed", "injured", "casualties", "missing", "displaced", "participants", "detained", "other"] as const;
export type Measure = (typeof measures)[number];

/** The administrative level of the area a figure covers, largest first. */
export const placeLevels = ["country", "region", "district", "city"] as const;
export type PlaceLevel = (typeof placeLevels)[number];

/** Admiralty (NATO) source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const reliabilityGrades = ["A", "B", "C", "D", "E", "F"] as const;
export type ReliabilityGrade = (typeof reliabilityGrades)[number];

/** Admiralty information credibility: 1 confirmed by other sources … 5 improbable, 6 cannot be judged. */
export const credibilityGrades = [1, 2, 3, 4, 5, 6] as const;
export type CredibilityGrade = (typeof credibilityGrades)[number];

export const revisionActions = ["create", "update", "delete", "restore"] as const;
export type RevisionAction = (typeof revisionActions)[number];

/** Words for the views: "completed" reads as "arrived / happened" to an analyst. */
export const modalityLabels: Record<Modality, string> = {
  planned: "planned",
  preparing: "being prepared",
  underway: "under way",
  completed: "arrived / happened",
  possible: "possible",
  unknown: "unknown",
};

export const qualifierLabels: Record<Qualifier, string> = {
  exact: "exact",
  approx: "about",
  at_least: "at least",
  more_than: "more than",
  up_to: "up to",
  at_most: "at most",
  range: "range",
  unknown: "unqualified",
};

export const sourceKindLabels: Record<SourceKind, string> = {
  intelligence_service: "intelligence service",
  government: "government",
  official: "official",
  military: "military",
  news_agency: "news agency",
  media_outlet: "media outlet",
  expert: "expert",
  think_tank: "think tank",
  ngo: "NGO",
  anonymous: "anonymous",
  other: "other",
};

export const measureLabels: Record<Measure, string> = {
  deployed: "deployed",
  killed: "killed",
  injured: "injured",
  casualties: "casualties (killed or injured)",
  missing: "missing",
  displaced: "displaced",
  participants: "participants",
  detained: "detained",
  other: "other",
};

export const reliabilityLabels: Record<ReliabilityGrade, string> = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
};

export const credibilityLabels: Record<CredibilityGrade, string> = {
  1: "confirmed by other sources",
  2: "probably true",
  3: "possibly true",
  4: "doubtful",
  5: "improbable",
  6: "truth cannot be judged",
};
