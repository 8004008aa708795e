// What /search accepts in its URL: ?q=words. A repeated q keeps the first; anything else is ignored.
import { z } from "zod";
import { maxSearchLength } from "@/lib/domain/search-query";

export const searchPageParamsSchema = z.object({
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((q) => (Array.isArray(q) ? q[0] : q) ?? "")
    .pipe(z.string().trim().max(maxSearchLength, `Search for at most ${maxSearchLength} characters.`)),
});

export type SearchPageParams = z.infer<typeof searchPageParamsSchema>;
