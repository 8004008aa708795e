// What an editor can do from a claim's page: edit it, or delete it (softly, after a
// confirmation). Also the one-line confirmation after a save, a restore or an undelete.
import Link from "next/link";
import { deleteClaimSoftly } from "@/app/claims/[id]/actions";
import { ConfirmForm } from "@/app/_components/claims/claim-edit-confirm";

export type ClaimPageNotice = { kind: "saved"; version: number } | { kind: "restored"; version: number } | { kind: "undeleted" };

const noticeText = (notice: ClaimPageNotice, version: number) =>
  notice.kind === "saved"
    ? `Saved: the claim is now at version ${notice.version}.`
    : notice.kind === "restored"
      ? `Restored: the claim is as it was at version ${notice.version}, now as version ${version}.`
      : "Restored: the claim is back in the lists.";

export function ClaimNotice({ notice, version }: { notice: ClaimPageNotice | null; version: number }) {
  if (!notice) return null;
  return (
    <p className="notice" role="status">
      {noticeText(notice, version)}
    </p>
  );
}

export function ClaimEditToolbar({ claim, confirmDelete }: { claim: { id: string; version: number; statement: string }; confirmDelete: boolean }) {
  return (
    <div className="claim-toolbar">
      <Link className="button-link" href={`/claims/${claim.id}/edit`}>
        Edit this claim
      </Link>
      {confirmDelete ? (
        <ConfirmForm
          action={deleteClaimSoftly}
          fields={{ id: claim.id, version: claim.version }}
          tone="danger"
          question={
            <p>
              <strong>Delete this claim?</strong> It leaves the lists, the topic and the map. An administrator can restore it with its whole history.
            </p>
          }
          confirmLabel="Delete the claim"
          cancelHref={`/claims/${claim.id}`}
        />
      ) : (
        <Link className="secondary-link" href={`/claims/${claim.id}?delete=confirm#delete`} id="delete">
          Delete this claim
        </Link>
      )}
    </div>
  );
}
