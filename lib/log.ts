// One logger for the app and its scripts: JSON lines (pino) on stderr, so a script's own
// output on stdout (an extraction's JSON, an export) stays clean. LOG_LEVEL sets how much;
// under vitest the default is silent, so test output shows only the tests.
import { pino } from "pino";
import { config } from "./config";

const level = config().LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info");

export const log = pino({ level, base: { app: "claim-tracker" }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 2, sync: true }));
