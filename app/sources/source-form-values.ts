// The source form's fields as the form holds them (text, as typed), shared by the form and
// its server actions. Aliases are one a line; the name is always an alias of its own.
import type { SourceRecord } from "@/lib/data/mutations/records";

export const sourceFormFields = ["name", "kind", "country", "parentId", "aliases", "homepage", "description", "reliability"] as const;
export type SourceFormValues = Record<(typeof sourceFormFields)[number], string>;

export const emptySourceForm: SourceFormValues = {
  name: "",
  kind: "other",
  country: "",
  parentId: "",
  aliases: "",
  homepage: "",
  description: "",
  reliability: "",
};

export function sourceFormValuesOf(source: SourceRecord): SourceFormValues {
  return {
    name: source.name,
    kind: source.kind,
    country: source.country ?? "",
    parentId: source.parentId ?? "",
    aliases: source.aliases.filter((alias) => alias !== source.name).join("\n"),
    homepage: source.homepage ?? "",
    description: source.description ?? "",
    reliability: source.reliability ?? "",
  };
}
