import { expect, test } from "vitest";
import { db } from "./client";

// The planner's statistics exist once the app has prepared the database, as `PRAGMA optimize` leaves them on SQLite.
test("optimize leaves every table with planner statistics, and a second run finds nothing stale", async () => {
  const connection = db();
  await connection.read.topic.create({ data: { slug: "statistics-probe", title: "Statistics probe", unit: "troops" } });
  await connection.optimize();
  if (connection.config.engine === "sqlite") {
    const statistics = await connection.read.$queryRawUnsafe<{ tbl: string }[]>("SELECT DISTINCT tbl FROM sqlite_stat1");
    expect(statistics.length).toBeGreaterThan(0);
    return;
  }
  const { analyzeStaleTables } = await import("./postgres-statistics");
  const neverAnalysed = await connection.read.$queryRawUnsafe<{ relname: string }[]>(
    `SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema() AND COALESCE(last_analyze, last_autoanalyze) IS NULL`,
  );
  expect(neverAnalysed).toEqual([]);
  expect(await analyzeStaleTables(connection.read)).toEqual([]);
});
