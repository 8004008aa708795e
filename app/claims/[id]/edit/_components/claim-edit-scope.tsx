"use client";
// The edit form's scope: typed freely, looked up in the gazetteer when the analyst leaves the
// field (as the save will look it up), so the form says where the place lies or that it was
// not found. A stored name the gazetteer did not know is said so from the start.
import { notFoundWords, ScopeNote, useScopeCheck } from "@/app/_components/claims/scope-note";

type Props = { id: string; value: string; describedBy: string | undefined; invalid: boolean; storedNotFound: string | null };

export function ClaimEditScope({ id, value, describedBy, invalid, storedNotFound }: Props) {
  const storedNote = storedNotFound && value.trim() === storedNotFound ? { text: notFoundWords(storedNotFound), found: false } : null;
  const { note, check, clear } = useScopeCheck(storedNote);
  const noteId = `${id}-note`;
  return (
    <>
      <input
        id={id}
        name="scopePlace"
        type="text"
        defaultValue={value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[describedBy, note ? noteId : null].filter(Boolean).join(" ") || undefined}
        onChange={clear}
        onBlur={(event) => check(event.target.value)}
      />
      <ScopeNote id={noteId} note={note} />
    </>
  );
}
