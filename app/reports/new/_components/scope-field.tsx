"use client";
// The area a figure covers, typed freely. When the analyst leaves the field the server looks
// the name up in the gazetteer, as the save will, and the card says where it lies or, plainly,
// that the name was not found (it is then kept as typed and compared by name alone).
import { useState } from "react";
import { checkScope } from "../actions";

type Props = { value: string | null; onChange: (value: string | null) => void; id: string };
type Note = { text: string; found: boolean } | null;

export function ScopeField({ value, onChange, id }: Props) {
  const [note, setNote] = useState<Note>(null);
  async function check() {
    if (!value?.trim()) return setNote(null);
    const result = await checkScope({ name: value });
    if (!result.ok) return setNote({ text: result.error.message, found: false });
    const { name, level, within } = result.data;
    setNote(
      level
        ? { text: `${name}: ${level}${within.length ? ` in ${within.join(", ")}` : ""}`, found: true }
        : { text: `“${name}” was not found in the gazetteer: kept as typed, compared by name only.`, found: false },
    );
  }
  return (
    <div className="field">
      <label>
        Scope (area covered)
        <input
        value={value ?? ""}
        placeholder="e.g. Malatya"
        aria-describedby={note ? `${id}-scope-note` : undefined}
        onChange={(event) => {
          setNote(null);
          onChange(event.target.value || null);
        }}
        onBlur={check}
        />
      </label>
      {note ? (
        <span id={`${id}-scope-note`} className={`field-note${note.found ? "" : " not-found"}`} role="status">
          {note.text}
        </span>
      ) : null}
    </div>
  );
}
