// Serves the exported site in out/ on a local URL (PORT, default 3000), under BASE_PATH if one was built in.
import { startStaticServer } from "./static-server.mjs";
import { basePath } from "../lib/site-config.mjs";

const port = Number(process.env.PORT ?? 3000);
const root = process.env.OUT_DIR ?? "out";
await startStaticServer({ root, port, host: process.env.HOST ?? "127.0.0.1", basePath });
console.log(`Serving ${root}/ at http://localhost:${port}${basePath}/  (Ctrl+C to stop)`);
