import { type Modality, modalityLabels, type Qualifier, qualifierLabels, type ReviewStatus } from "@/lib/domain/vocabulary";

export function ModalityTag({ modality }: { modality: Modality }) {
  return <span className={`tag modality-${modality}`}>{modalityLabels[modality]}</span>;
}

export function QualifierTag({ qualifier }: { qualifier: Qualifier | null }) {
  return <span className="tag qualifier">{qualifierLabels[qualifier ?? "unknown"]}</span>;
}

/**
 * The Admiralty grade, "B2": its source's reliability letter, the information's credibility
 * digit. `brief` names it without the explanation, for tables, where the long title was 90
 * bytes on each of 50 rows, twice (HTML and React's payload); the claim page explains it.
 */
export function GradeTag({ grade, brief = false }: { grade: string | null; brief?: boolean }) {
  if (!grade) return null;
  return (
    <abbr className="tag grade" title={brief ? "Admiralty grade" : "Admiralty grade: the originator's reliability (A–F), the information's credibility (1–6)"}>
      {grade}
    </abbr>
  );
}

const reviewWords: Partial<Record<ReviewStatus, string>> = {
  verified: "verified",
  false: "false",
  misleading: "misleading",
  disputed: "disputed",
  retracted: "retracted",
};

/** A fact-check rating or a problem with the claim, as a badge; draft and accepted say nothing worth a badge. */
export function ReviewBadge({ status }: { status: ReviewStatus }) {
  const words = reviewWords[status];
  return words ? <span className={`tag review-${status}`}>{words}</span> : null;
}
