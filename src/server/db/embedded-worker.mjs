// Runs PGlite in its own thread and serves it over the PostgreSQL protocol on loopback, so the
// request thread never executes queries and the app talks to every database through node-postgres.
// Plain JavaScript: the worker must start the same way under tsx, vitest and node.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const db = await PGlite.create({ dataDir: workerData.dataDir ?? undefined, extensions: { pg_trgm } });
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
await server.start();
const port = Number(server.getServerConn().split(':').pop());
parentPort.postMessage({ type: 'ready', port });

parentPort.on('message', async (message) => {
  if (message?.type !== 'close') return;
  await server.stop();
  await db.close();
  parentPort.postMessage({ type: 'closed' });
});
