// The claim edit form, read from FormData. The form posts every field as typed plus the
// values it was loaded with (`startedFrom`); only the fields the analyst changed are sent
// to updateClaim, so applying them again on top of someone else's newer version keeps that
// analyst's other changes. The changed fields then go through the API's own update schema.
import { z } from "zod";
import {
  type ClaimFormValues,
  compactNumber,
  dayFields,
  editableClaimFields,
  fieldChoices,
  numberFields,
  sameFormValue,
} from "@/app/_components/claims/claim-edit-fields";
import { changedFields } from "@/app/_components/common/form-edits";
import { hopRoles } from "@/lib/domain/vocabulary";
import { claimUpdateSchema } from "@/lib/schemas/claim";
import { recordId, versionNumber } from "@/lib/schemas/text";

const typed = z.string().max(10_000, "At most 10,000 characters");
const formHop = z.object({ sourceId: recordId, role: z.enum(hopRoles), verb: typed });

const formValuesSchema = z.object({
  ...Object.fromEntries(editableClaimFields.map((field) => [field, typed])),
  chain: z.array(formHop).max(10, "At most 10 hops"),
}) as unknown as z.ZodType<ClaimFormValues>;

export const claimEditFormSchema = z.object({
  id: recordId,
  version: z.coerce.number().pipe(versionNumber),
  startedFrom: z
    .string()
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: "The form's starting values are unreadable: reload the page" });
        return z.NEVER;
      }
    })
    .pipe(formValuesSchema),
  values: formValuesSchema,
});

/** Analysts write 12,000 or 12 000; blank means none. */
const formNumber = z.preprocess((text) => {
  const compact = compactNumber(String(text));
  return compact === "" ? null : compact;
}, z.coerce.number({ error: "A number, e.g. 12000" }).nullable());
const blankIsNull = z.string().transform((text) => (text.trim() === "" ? null : text));

/** Typed form text → the API's update fields, checked by the API's own rules. */
export const claimEditSchema = z
  .object({
    ...Object.fromEntries(
      editableClaimFields.map((field) => [
        field,
        numberFields.has(field) ? formNumber : dayFields.has(field) || fieldChoices[field]?.[0]?.value === "" ? blankIsNull : typed,
      ]),
    ),
    chain: z.array(formHop),
  })
  .partial()
  // Every field above reads into what the update schema accepts; zod's typing of the
  // object built from the field list is too loose to see it.
  .transform((fields) => fields as z.input<typeof claimUpdateSchema>)
  .pipe(claimUpdateSchema);

/** The chain's hops posted as chain.0.sourceId, chain.0.role, chain.0.verb…, in form order. */
function postedChain(form: FormData) {
  const hops = new Map<number, Record<string, string>>();
  for (const [name, value] of form.entries()) {
    const match = /^chain\.(\d{1,2})\.(sourceId|role|verb)$/.exec(name);
    if (!match || typeof value !== "string") continue;
    const hop = hops.get(Number(match[1])) ?? {};
    hop[match[2]!] = value;
    hops.set(Number(match[1]), hop);
  }
  return [...hops.entries()].sort(([a], [b]) => a - b).map(([, hop]) => ({ verb: "", ...hop }));
}

export function readClaimEditForm(form: FormData) {
  const text = (name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : "");
  return claimEditFormSchema.safeParse({
    id: text("id"),
    version: text("version"),
    startedFrom: text("startedFrom"),
    values: { ...Object.fromEntries(editableClaimFields.map((field) => [field, text(field)])), chain: postedChain(form) },
  });
}

/** Only what the analyst changed since the form was loaded. */
export function changedValues(values: ClaimFormValues, startedFrom: ClaimFormValues): Partial<ClaimFormValues> {
  return changedFields([...editableClaimFields, "chain" as const], values, startedFrom, sameFormValue);
}
