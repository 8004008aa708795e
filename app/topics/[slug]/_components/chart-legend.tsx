import { modalities, type Modality } from "@/lib/domain/vocabulary";
import { ModalityTag } from "@/app/_components/common/tags";

/** The modalities present, in the vocabulary's order: the colour key shared by both charts. */
export function ModalityLegend({ present }: { present: readonly Modality[] }) {
  const shown = modalities.filter((modality) => present.includes(modality));
  return (
    <p className="chart-legend">
      <span className="meta">Colour = modality:</span>{" "}
      {shown.map((modality) => (
        <ModalityTag key={modality} modality={modality} />
      ))}
    </p>
  );
}
