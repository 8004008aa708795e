import { requireEditorPage } from "@/app/_components/common/editor-page-gate";
import { ImportFlow } from "@/app/import/_components/import-flow";

export const dynamic = "force-dynamic";
export const metadata = { title: "Import a spreadsheet" };

export default async function ImportPage() {
  const refusal = await requireEditorPage({ title: "Import a spreadsheet", needs: "Importing claims", path: "/import" });
  if (refusal) return refusal;
  return (
    <>
      <h1>Import a spreadsheet</h1>
      <p>
        A CSV or Excel (.xlsx) file of claims, one per row, with a header row naming the columns: <strong>statement</strong>, value, qualifier, unit, modality,
        source (or originator), relayed by (or relays; several names separated by “;”), date (2024-03-05), place, report (its title or URL), quote words, and
        optionally measure, scope and topic. Nothing is saved until you have seen every row as it will be saved.
      </p>
      <p className="import-hint">
        Rows naming the same report are saved in one report whose text is their quote words (or statements), one per line, titled as imported from your file; a
        report already in the tracker at that URL receives the rows only when its text holds their quote words.
      </p>
      <ImportFlow />
    </>
  );
}
