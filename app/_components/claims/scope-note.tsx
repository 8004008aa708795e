"use client";
// What the gazetteer says of a typed scope, shown under the field: where the place lies, or,
// plainly, that it was not found (the name is then kept as typed and compared by name alone).
import { useState } from "react";
import { checkScope } from "./scope-check";

export type ScopeAnswer = { text: string; found: boolean } | null;

export const notFoundWords = (name: string) => `“${name}” was not found in the gazetteer: kept as typed, compared by name only.`;

/** The note for the last name checked; `check` looks a name up, `clear` forgets the note while the analyst types. */
export function useScopeCheck(initial: ScopeAnswer = null) {
  const [note, setNote] = useState<ScopeAnswer>(initial);
  async function check(typed: string | null | undefined) {
    if (!typed?.trim()) return setNote(null);
    const result = await checkScope({ name: typed });
    if (!result.ok) return setNote({ text: result.error.message, found: false });
    const { name, level, within } = result.data;
    setNote(level ? { text: `${name}: ${level}${within.length ? ` in ${within.join(", ")}` : ""}`, found: true } : { text: notFoundWords(name), found: false });
  }
  return { note, check, clear: () => setNote(null) };
}

export function ScopeNote({ id, note }: { id: string; note: ScopeAnswer }) {
  if (!note) return null;
  return (
    <span id={id} className={`field-note${note.found ? "" : " not-found"}`} role="status">
      {note.text}
    </span>
  );
}
