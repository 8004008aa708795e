// GET, PATCH and DELETE /api/v1/claims/{id}: deleting is soft.
import { getClaimRecord } from "@/lib/data/mutations/reads";
import { deleteClaim, updateClaim } from "@/lib/data/mutations/claims";
import { recordRoutes } from "@/lib/http/record-routes";
import { claimUpdateSchema } from "@/lib/schemas/claim";

export const dynamic = "force-dynamic";

export const { GET, PATCH, DELETE } = recordRoutes({
  name: "Claim",
  read: getClaimRecord,
  updateSchema: claimUpdateSchema,
  update: updateClaim,
  remove: deleteClaim,
});
