// A JSON-LD document loader that serves only the local contexts: a processor given it can
// expand our exports offline, and any other address is refused rather than fetched.
import { localContexts } from "./contexts";

export type LoadedDocument = { contextUrl: null; documentUrl: string; document: object };

export async function localDocumentLoader(url: string): Promise<LoadedDocument> {
  const document = localContexts[url];
  if (!document) throw new Error(`No local copy of the JSON-LD document ${url}; nothing is fetched`);
  return { contextUrl: null, documentUrl: url, document };
}
