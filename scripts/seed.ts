// npm run db:seed — adds the founding report and its claims unless they are already there.
import { connect } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { seedDemoData } from "../lib/data/seed";

const connection = connect(databaseConfig());
try {
  const { seeded } = await seedDemoData(connection);
  console.log(seeded ? "Demo data added." : "Demo data already present: nothing written.");
} finally {
  await connection.disconnect();
}
