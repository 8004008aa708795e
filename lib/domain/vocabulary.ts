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

export const hopRoles = ["originator", "speaker", "relay"] as const;
export type HopRole = (typeof hopRoles)[number];

export const confidences = ["low", "medium", "high"] as const;
export type Confidence = (typeof confidences)[number];

export const reviewStatuses = ["draft", "accepted", "disputed", "retracted"] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

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
