import { expect, test } from "vitest";
import { rememberDrawings } from "./render-cache";

test("the same data is drawn once; other data is drawn anew; the oldest drawings are let go", () => {
  const drawn: number[] = [];
  const draw = rememberDrawings((points: number[], layout: string) => {
    drawn.push(points.length);
    return `${layout}:${points.join(",")}`;
  });
  expect(draw([1, 2], "wide")).toBe("wide:1,2");
  expect(draw([1, 2], "wide")).toBe("wide:1,2");
  expect(drawn).toEqual([2]);
  expect(draw([1, 2], "narrow")).toBe("narrow:1,2");
  expect(draw([1, 2, 3], "wide")).toBe("wide:1,2,3");
  expect(drawn).toEqual([2, 2, 3]);
  for (let n = 0; n < 64; n += 1) draw([n], "fill");
  draw([1, 2], "wide");
  expect(drawn.at(-1)).toBe(2);
});
