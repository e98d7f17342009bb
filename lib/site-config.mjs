// Deploy-time settings, read once from the environment (plain JS so next.config.mjs can import it).

/** The sub-path the site is served under, e.g. "/doku-errors"; "" at the host's root. */
export const basePath = normaliseBasePath(process.env.BASE_PATH ?? "");

/**
 * The public origin used in canonical URLs, Open Graph tags, the sitemap and errors.json.
 * Set SITE_URL when deploying; the default suits a local `npm start`, on the PORT it serves.
 */
export const siteUrl = (process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");

function normaliseBasePath(raw) {
  const trimmed = raw.trim().replace(/\/+$/, "");
  if (trimmed === "") return "";
  if (!/^\/[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
    throw new Error(`BASE_PATH must look like "/docs/errors"; got ${JSON.stringify(raw)}`);
  }
  return trimmed;
}

/**
 * Where "Report this code" leads for a code the site does not know, e.g. a repository's new-issue page
 * (https://github.com/<owner>/<repo>/issues/new). Unset, there is no report link (a mail draft with no recipient helps
 * no one). It carries the code only, never what was pasted.
 */
export const reportUrl = (process.env.REPORT_URL || "").trim();
