"use client";
import { useState } from "react";

type Dropped = { line: string; reason: string; index: number }[];

/** Site furniture dropped from the snapshot, shown so the analyst can put any of it back. */
export function DroppedLines({ dropped, onRestore, disabled }: { dropped: Dropped; onRestore: (indexes: number[]) => void; disabled: boolean }) {
  const [chosen, setChosen] = useState<number[]>([]);
  if (dropped.length === 0) return null;
  return (
    <details className="dropped-lines">
      <summary>
        {dropped.length} {dropped.length === 1 ? "line" : "lines"} of site furniture left out of the snapshot
      </summary>
      <ul>
        {dropped.map((item) => (
          <li key={item.index}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(item.index)}
                onChange={(event) => setChosen(event.target.checked ? [...chosen, item.index] : chosen.filter((index) => index !== item.index))}
              />{" "}
              “{item.line}” <span className="meta">({item.reason})</span>
            </label>
          </li>
        ))}
      </ul>
      <button type="button" disabled={disabled || chosen.length === 0} onClick={() => onRestore(chosen)}>
        Put the chosen lines back
      </button>
    </details>
  );
}
