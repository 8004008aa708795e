"use server";
// Creating and editing topics, and moving a selection of claims into one from the claims
// list. The data layer checks the role and versions; these read the form and answer.
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentActor } from "@/lib/auth/current-actor";
import { moveClaimsToTopic } from "@/lib/data/mutations/claim-moves";
import { createTopic, updateTopic } from "@/lib/data/mutations/topics";
import { type ActionError, validatedAction } from "@/lib/http/action";
import { recordId } from "@/lib/schemas/text";
import { topicCreateSchema, topicUpdateSchema } from "@/lib/schemas/topic";

import { type TopicFormValues, topicFormFields } from "./topic-form-values";

export type TopicFormState = { attempt: number; values: TopicFormValues; error: ActionError | null };

const text = (form: FormData, name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : "");
const readValues = (form: FormData) => Object.fromEntries(topicFormFields.map((field) => [field, text(form, field)])) as TopicFormValues;

export async function createTopicFromForm(previous: TopicFormState, form: FormData): Promise<TopicFormState> {
  const values = readValues(form);
  const actor = await currentActor();
  const created = await validatedAction(topicCreateSchema, (input) => createTopic(actor, input))(values);
  if (created.ok) redirect(`/topics/${created.data.slug}`);
  return { attempt: previous.attempt + 1, values, error: created.error };
}

export async function saveTopicEdits(previous: TopicFormState, form: FormData): Promise<TopicFormState> {
  const values = readValues(form);
  const actor = await currentActor();
  const [id, version] = [text(form, "id"), Number(text(form, "version"))];
  const saved = await validatedAction(topicUpdateSchema, (input) => updateTopic(actor, id, version, input))(values);
  if (saved.ok) redirect(`/topics/${saved.data.slug}`);
  const message =
    saved.error.code === "version_conflict"
      ? `${saved.error.message}. Reload the page to see the topic as it is now; your values are kept below.`
      : saved.error.message;
  return { attempt: previous.attempt + 1, values, error: { ...saved.error, message } };
}

export type MoveClaimsState = { error: ActionError | null; confirm: { count: number; topicId: string; claims: string[] } | null; attempt: number };

/** Each selected claim is posted as "id:version", the version the list showed. */
const selected = z
  .array(
    z
      .string()
      .regex(/^[^:]+:\d+$/)
      .transform((value) => ({ id: value.split(":")[0]!, version: Number(value.split(":")[1]) })),
  )
  .max(200, "At most 200 claims at once");
// A row ticked again after the confirmation is posted twice: once is enough.
const moveFormSchema = z.object({ topicId: recordId, claims: selected.transform((claims) => [...new Map(claims.map((claim) => [claim.id, claim])).values()]) });

export async function moveSelectedClaims(previous: MoveClaimsState, form: FormData): Promise<MoveClaimsState> {
  const answer = (patch: Partial<MoveClaimsState>): MoveClaimsState => ({ error: null, confirm: null, ...patch, attempt: previous.attempt + 1 });
  const input = { topicId: text(form, "topicId"), claims: form.getAll("claimId").filter((value) => typeof value === "string") };
  const parsed = moveFormSchema.safeParse(input);
  if (!parsed.success || parsed.data.claims.length === 0) {
    return answer({
      error: { code: "validation_failed", message: parsed.success ? "Select the claims to move first" : "Choose a topic and select the claims to move" },
    });
  }
  const actor = await currentActor();
  if (text(form, "confirmed") !== "yes") {
    // React resets the form (and the ticked rows) after each answer: the confirmation carries the selection.
    return answer({ confirm: { count: parsed.data.claims.length, topicId: parsed.data.topicId, claims: input.claims as string[] } });
  }
  const moved = await validatedAction(moveFormSchema, ({ topicId, claims }) => moveClaimsToTopic(actor, claims, topicId))(input);
  if (!moved.ok) return answer({ error: moved.error });
  redirect(`/claims?moved=${moved.data.length}`);
}
