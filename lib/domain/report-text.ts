// A report's text is kept exactly as ingested; its hash detects the same text ingested twice.
import { createHash } from "node:crypto";

export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
