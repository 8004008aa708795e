// The claim's side of the shared conflict panel (EditConflict): which of its fields the other
// analyst changed, read as the analyst reads them (source names, not ids).
import { EditConflict } from "@/app/_components/common/edit-conflict";
import type { EditConflictState } from "@/app/_components/common/form-edits";
import {
  type ClaimFormValues,
  editableClaimFields,
  fieldLabels,
  readableChain,
  readableFormValue,
  sameFormValue,
} from "@/app/_components/claims/claim-edit-fields";

type Props = {
  conflict: EditConflictState<ClaimFormValues>;
  startedFrom: ClaimFormValues;
  yours: ClaimFormValues;
  sourceNames: Record<string, string>;
  claimId: string;
  pending: boolean;
};

export function ClaimEditConflict({ conflict, startedFrom, yours, sourceNames, claimId, pending }: Props) {
  const fields = [...editableClaimFields, "chain" as const].filter((field) => !sameFormValue(field, conflict.theirs, startedFrom));
  const show = (values: ClaimFormValues, field: (typeof fields)[number]) =>
    field === "chain" ? readableChain(values.chain, sourceNames) : readableFormValue(field, values[field]);
  const rows = fields.map((field) => ({
    field,
    label: fieldLabels[field],
    theirs: show(conflict.theirs, field),
    yours: show(yours, field),
    youChangedIt: !sameFormValue(field, yours, startedFrom),
  }));
  return (
    <EditConflict
      noun="claim"
      version={conflict.version}
      changedMeanwhile={conflict.changedMeanwhile}
      rows={rows}
      discardHref={`/claims/${claimId}`}
      pending={pending}
    />
  );
}
