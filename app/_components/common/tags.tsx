import { type Modality, modalityLabels, type Qualifier, qualifierLabels } from "@/lib/domain/vocabulary";

export function ModalityTag({ modality }: { modality: Modality }) {
  return <span className={`tag modality-${modality}`}>{modalityLabels[modality]}</span>;
}

export function QualifierTag({ qualifier }: { qualifier: Qualifier | null }) {
  return <span className="tag qualifier">{qualifierLabels[qualifier ?? "unknown"]}</span>;
}
