// GET, PATCH and DELETE /api/v1/sources/{id}: deleting is soft (refused while live records name the source).
import { getSourceRecord } from "@/lib/data/mutations/reads";
import { deleteSource, updateSource } from "@/lib/data/mutations/sources";
import { recordRoutes } from "@/lib/http/record-routes";
import { sourceUpdateSchema } from "@/lib/schemas/source";

export const dynamic = "force-dynamic";

export const { GET, PATCH, DELETE } = recordRoutes({
  name: "Source",
  read: getSourceRecord,
  updateSchema: sourceUpdateSchema,
  update: updateSource,
  remove: deleteSource,
});
