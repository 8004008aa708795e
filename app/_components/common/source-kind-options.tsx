// The kinds of source as <option>s, in the vocabulary's order and with its labels: one list for
// every select of a source's kind (filters, the review screen's new sources).
import { sourceKindLabels, sourceKinds } from "@/lib/domain/vocabulary";

export function SourceKindOptions() {
  return sourceKinds.map((kind) => (
    <option key={kind} value={kind}>
      {sourceKindLabels[kind]}
    </option>
  ));
}
