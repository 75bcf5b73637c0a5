import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * Prisma's better-sqlite3 adapter, with one fault of 6.19 fixed: the adapter
 * holds a lock from BEGIN until the engine calls the transaction's commit()
 * or rollback(), but when the COMMIT statement itself fails (a full disk:
 * SQLITE_FULL; an I/O error) the engine calls neither. The lock then stays
 * taken and every later write of the process waits forever. Here a failed
 * COMMIT rolls back whatever SQLite left open and releases the lock, once.
 */
export function sqliteAdapter(
  config: ConstructorParameters<typeof PrismaBetterSQLite3>[0],
): PrismaBetterSQLite3 {
  const factory = new PrismaBetterSQLite3(config);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) =>
      releaseOnFailedCommit(await startTransaction(isolationLevel), adapter);
    return adapter;
  };
  return factory;
}

function releaseOnFailedCommit(transaction: Transaction, adapter: Adapter): Transaction {
  const commit = transaction.commit.bind(transaction);
  const rollback = transaction.rollback.bind(transaction);
  const executeRaw = transaction.executeRaw.bind(transaction);
  let released = false;
  const once = (release: () => Promise<void>) => async () => {
    if (released) return;
    released = true;
    await release();
  };
  transaction.commit = once(commit);
  transaction.rollback = once(rollback);
  transaction.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (/^\s*COMMIT\b/i.test(query.sql)) {
        // SQLite usually rolled back already; if not, end the transaction before letting go of the lock.
        const client = (
          adapter as unknown as { client?: { inTransaction: boolean; exec(sql: string): void } }
        ).client;
        if (client?.inTransaction) client.exec("ROLLBACK");
        await transaction.rollback();
      }
      throw error;
    }
  };
  return transaction;
}
