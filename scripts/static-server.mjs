// A small static file server for out/, behaving like a plain static host: index.html for folders, 404.html, gzip.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".txt", ".md", ".xml", ".svg", ".webmanifest"]);

/**
 * Serves `root` under `basePath` (e.g. "/doku-errors"; "" for the host root).
 * Resolves with the listening server; the caller closes it.
 */
export function startStaticServer({ root, port = 3000, host = "127.0.0.1", basePath = "" }) {
  const absoluteRoot = path.resolve(root);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(response, request, 400, "text/plain; charset=utf-8", Buffer.from("Bad request"));
    }
    if (basePath && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return notFound(request, response);
    const relative = pathname.slice(basePath.length) || "/";
    const filePath = path.join(absoluteRoot, relative);
    if (!filePath.startsWith(absoluteRoot)) return notFound(request, response);

    const stat = safeStat(filePath);
    if (stat?.isDirectory()) {
      // Like most static hosts: /http/429 redirects to /http/429/, which serves its index.html.
      if (!pathname.endsWith("/")) {
        response.writeHead(301, { Location: `${pathname}/${url.search}` });
        return response.end();
      }
      return serveFile(request, response, path.join(filePath, "index.html"), 200);
    }
    if (stat?.isFile()) return serveFile(request, response, filePath, 200);
    return notFound(request, response);
  });

  // Like Cloudflare Pages: the nearest 404.html up the folders, so /id/… gets the Indonesian 404 page (out/id/404.html).
  function notFound(request, response) {
    const url = new URL(request.url ?? "/", "http://localhost");
    let folder = path.join(absoluteRoot, safeDecode(url.pathname).slice(basePath.length));
    while (folder.startsWith(absoluteRoot)) {
      const page = path.join(folder, "404.html");
      if (fs.existsSync(page)) return serveFile(request, response, page, 404);
      if (folder === absoluteRoot) break;
      folder = path.dirname(folder);
    }
    return send(response, request, 404, "text/plain; charset=utf-8", Buffer.from("Not found"));
  }

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

function serveFile(request, response, filePath, status) {
  let body;
  try {
    body = fs.readFileSync(filePath);
  } catch {
    return send(response, request, 404, "text/plain; charset=utf-8", Buffer.from("Not found"));
  }
  const extension = path.extname(filePath);
  const headers = { "Cache-Control": filePath.includes(`${path.sep}_next${path.sep}static${path.sep}`) ? "public, max-age=31536000, immutable" : "no-cache" };
  return send(response, request, status, TYPES[extension] ?? "application/octet-stream", body, COMPRESSIBLE.has(extension), headers);
}

function send(response, request, status, type, body, compressible = false, extraHeaders = {}) {
  const headers = { "Content-Type": type, "X-Content-Type-Options": "nosniff", ...extraHeaders };
  if (compressible && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
    body = zlib.gzipSync(body);
    headers["Content-Encoding"] = "gzip";
    headers.Vary = "Accept-Encoding";
  }
  headers["Content-Length"] = body.length;
  response.writeHead(status, headers);
  response.end(request.method === "HEAD" ? undefined : body);
}

function safeDecode(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return "/";
  }
}

function safeStat(filePath) {
  try {
    return fs.statSync(filePath);
  } catch {
    return undefined;
  }
}
