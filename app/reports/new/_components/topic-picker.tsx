"use client";
import type { TopicChoice } from "@/lib/review/draft";

export type TopicSelection = { mode: "none" } | { mode: "existing"; topicId: string } | { mode: "new"; title: string; unit: string };

export function topicChoiceOf(selection: TopicSelection): TopicChoice {
  if (selection.mode === "existing") return { topicId: selection.topicId };
  if (selection.mode === "new") return { newTopic: { title: selection.title, unit: selection.unit.trim() || null, description: null } };
  return null;
}

type Props = { topics: { id: string; title: string }[]; value: TopicSelection; onChange: (value: TopicSelection) => void };

export function TopicPicker({ topics, value, onChange }: Props) {
  const selected = value.mode === "existing" ? value.topicId : value.mode;
  return (
    <div className="topic-picker">
      <label>
        File figures and places under the topic
        <select
          value={selected}
          onChange={(event) => {
            const choice = event.target.value;
            if (choice === "none") onChange({ mode: "none" });
            else if (choice === "new") onChange({ mode: "new", title: "", unit: "" });
            else onChange({ mode: "existing", topicId: choice });
          }}
        >
          <option value="none">No topic</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.title}
            </option>
          ))}
          <option value="new">A new topic…</option>
        </select>
      </label>
      {value.mode === "new" ? (
        <div className="inline-fields">
          <label>
            New topic&apos;s title
            <input value={value.title} onChange={(event) => onChange({ ...value, title: event.target.value })} required />
          </label>
          <label>
            Unit compared
            <input value={value.unit} onChange={(event) => onChange({ ...value, unit: event.target.value })} placeholder="troops" />
          </label>
        </div>
      ) : null}
    </div>
  );
}
