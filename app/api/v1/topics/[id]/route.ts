// GET, PATCH and DELETE /api/v1/topics/{id}: deleting is soft (refused while claims are filed under it).
import { getTopicRecord } from "@/lib/data/mutations/reads";
import { deleteTopic, updateTopic } from "@/lib/data/mutations/topics";
import { recordRoutes } from "@/lib/http/record-routes";
import { topicUpdateSchema } from "@/lib/schemas/topic";

export const dynamic = "force-dynamic";

export const { GET, PATCH, DELETE } = recordRoutes({
  name: "Topic",
  read: getTopicRecord,
  updateSchema: topicUpdateSchema,
  update: updateTopic,
  remove: deleteTopic,
});
