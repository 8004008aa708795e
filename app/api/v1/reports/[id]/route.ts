// GET, PATCH and DELETE /api/v1/reports/{id}: only metadata changes (the text is immutable); deleting is soft.
import { getReportRecord } from "@/lib/data/mutations/reads";
import { deleteReport, updateReport } from "@/lib/data/mutations/reports";
import { recordRoutes } from "@/lib/http/record-routes";
import { reportUpdateSchema } from "@/lib/schemas/report";

export const dynamic = "force-dynamic";

export const { GET, PATCH, DELETE } = recordRoutes({
  name: "Report",
  read: getReportRecord,
  updateSchema: reportUpdateSchema,
  update: updateReport,
  remove: deleteReport,
});
