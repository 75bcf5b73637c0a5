// `npm run cli -- <command>`: the app's use cases from the command line, for
// scripts and for admins on the server. The work lives in lib/cli/; this
// file only wires it to the real process. Usage: npm run cli -- help
import { ensureDatabaseReady } from "@/lib/cli/prepare-database";
import { processIo } from "@/lib/cli/cli-io";
import { runCli } from "@/lib/cli/run-cli";
import { toolEnv } from "./lib/env.mjs";

// The same database as `npm start` (DATABASE_URL, else DATA_DIR/app.db),
// set before any module opens the Prisma client.
const env = toolEnv();
process.env.DATABASE_URL = env.DATABASE_URL;

const io = processIo();
const status = await runCli(process.argv.slice(2), io, {
  prepareDatabase: () => ensureDatabaseReady(env, io),
});
// Every write has been flushed (see CliIo.out), so exiting now loses no
// output; it also ends whatever a library left running (timers, sockets).
process.exit(status);
