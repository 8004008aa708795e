// Migrates the database named by DATABASE_URL (SQLite under data/ by default) and adds
// the demo data when it is empty. `npm run dev` and the end-to-end server run it first.
import { databaseConfig } from "../lib/db/config";
import { describeSetup, prepareDatabase } from "../lib/data/database-setup";

const config = databaseConfig();
const outcome = await prepareDatabase(config);
for (const line of describeSetup(config, outcome)) console.log(line);
