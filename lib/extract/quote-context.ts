// What the quotation passes share: the text, its frames of saying by sentence, its source mentions.
import type { Frame, FrameHop } from "./frames";
import type { Mention } from "./mentions";
import type { Document, Sentence } from "./text";

export type QuoteContext = { document: Document; framesBySentence: Map<number, Frame[]>; mentions: readonly Mention[] };

// "X quoted the ministry as saying": the quotation is the ministry's words, passed on by X.
export function speakerHops(frame: Frame): FrameHop[] {
  const quoted = frame.hops.findIndex((hop) => hop.verb === "as saying");
  const at = quoted >= 0 ? quoted : frame.hops.findIndex((hop) => hop.mention === frame.speaker);
  return frame.hops.slice(Math.max(0, at));
}

export function framesIn(context: QuoteContext, sentence: Sentence | undefined): Frame[] {
  return (sentence && context.framesBySentence.get(sentence.index)) || [];
}
