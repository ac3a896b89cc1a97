// Serves PostGraphile (graphile.config.mjs) on HOST:PORT (default 127.0.0.1:5678), POST /graphql.
// Start with: node --require ./polyfill.cjs server.mjs
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import preset from "./graphile.config.mjs";

const host = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 5678);

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on("error", (e) => {
  console.error(e);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema before accepting traffic, so that the first request is not the slow one.
await pgl.getSchema();
server.listen({ host, port }, () => console.log(`postgraphile listening on http://${host}:${port}/graphql`));

const stop = async () => {
  server.close();
  await pgl.release();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
