// The only module that reads content/ from disk. Everything else gets validated entries through it.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import {
  FAMILIES,
  REQUIRED_HEADINGS,
  entrySchema,
  entryTranslationSchema,
  guideSchema,
  guideTranslationSchema,
  type EntryFrontmatter,
  type EntryTranslation,
  type GuideTranslation,
  type Family,
  type GuideFrontmatter,
  type DokuHost,
  NOTE_IDS,
  type Note,
  type SnapService,
  dokuFactsFileSchema,
  outcomeOf,
  servicesFileSchema,
} from "./schema";
import { slugForCode } from "./slug";
import { problemDetailsTags } from "./problem-details";
import { entryTwinProblems, headingCountProblems, missingHeadings, quotedNoteIds, sameFactsProblems } from "./translations";

export { quotedNoteIds };

/** An Indonesian twin: our words for a page whose facts stay in the English file. */
export type Twin<T> = T & {
  /** The MDX body, uncompiled. */
  body: string;
  /** e.g. "http/429.id.mdx". */
  file: string;
};

export type Entry = EntryFrontmatter & {
  /** "<folder>/<slug>", e.g. "http/429"; also the URL path. */
  id: string;
  slug: string;
  /** Site-relative URL with trailing slash, e.g. "/http/429/" (basePath is added by the router). */
  url: string;
  /** The MDX body, uncompiled. */
  body: string;
  /** Path relative to the content folder, for error messages, e.g. "http/429.mdx". */
  file: string;
  /** Our Indonesian for the page, from <slug>.id.mdx. */
  id_ID: Twin<EntryTranslation>;
};

export interface Guide extends GuideFrontmatter {
  slug: string;
  url: string;
  body: string;
  file: string;
  id_ID: Twin<GuideTranslation>;
}

export interface Catalogue {
  entries: Entry[];
  guides: Guide[];
  services: SnapService[];
  /** DOKU facts beyond one code's page, by id (content/doku-facts.yaml). */
  notes: Note[];
  hosts: DokuHost[];
}

/** Every problem found in content/, one line each, so a broken build names the file and the field. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  - ${problems.join("\n  - ")}`);
    this.name = "ContentError";
  }
}

export const DEFAULT_CONTENT_DIR = path.join(process.cwd(), "content");
const GUIDES_FOLDER = "guides";
const SERVICES_FILE = "snap-services.yaml";
const FACTS_FILE = "doku-facts.yaml";

export interface LoadOptions {
  /**
   * "fail" (the default, and the build's): an entry or guide without its Indonesian twin is a problem. "skip": such
   * pages are left out, for checking one folder's translations while others are still being written.
   */
  missingTwins?: "fail" | "skip";
}

export function loadCatalogue(contentDir: string = DEFAULT_CONTENT_DIR, { missingTwins = "fail" }: LoadOptions = {}): Catalogue {
  const problems: string[] = [];
  const entries: Entry[] = [];
  /** Entries left out for want of a twin ("skip"): links to them are not dangling. */
  const skipped = new Set<string>();

  for (const folder of new Set(Object.values(FAMILIES).map((family) => family.folder))) {
    const familiesHere = (Object.keys(FAMILIES) as Family[]).filter((family) => FAMILIES[family].folder === folder);
    for (const file of listMdxFiles(contentDir, folder)) {
      const parsed = readMdx(contentDir, file, entrySchema, problems);
      if (!parsed) continue;
      const { data, body } = parsed;
      const slug = path.basename(file, ".mdx");
      if (!familiesHere.includes(data.family)) {
        const expected = familiesHere.map((family) => `"${family}"`).join(" or ");
        problems.push(`${file}: field "family": expected ${expected} for a file in content/${folder}/, got "${data.family}"`);
      }
      const { codePattern } = FAMILIES[data.family];
      if (!codePattern.test(data.code)) {
        problems.push(`${file}: field "code": "${data.code}" does not have the form of a ${data.family} code (${codePattern})`);
      }
      if (slug !== slugForCode(data.code)) {
        problems.push(`${file}: file name: expected "${slugForCode(data.code)}.mdx" for code "${data.code}"`);
      }
      if (data.family === "http" && data.code !== String(data.httpStatus)) {
        problems.push(`${file}: field "httpStatus": expected ${data.code} to match the code of an HTTP status entry`);
      }
      const outcome = outcomeOf(data);
      problems.push(...missingHeadings(body, REQUIRED_HEADINGS[outcome]).map((h) => `${file}: body: missing the heading "## ${h}" (required, in this order: ${REQUIRED_HEADINGS[outcome].join(" / ")})`));
      const twin = readTwin(contentDir, file, entryTranslationSchema, problems, missingTwins);
      if (!twin) {
        skipped.add(`${folder}/${slug}`);
        continue;
      }
      problems.push(...entryTwinProblems(twin.file, data, body, twin, twin.body));
      entries.push({ ...data, id: `${folder}/${slug}`, slug, url: `/${folder}/${slug}/`, body, file, id_ID: twin });
    }
  }

  const guides: Guide[] = [];
  for (const file of listMdxFiles(contentDir, GUIDES_FOLDER)) {
    const parsed = readMdx(contentDir, file, guideSchema, problems);
    if (!parsed) continue;
    const slug = path.basename(file, ".mdx");
    const twin = readTwin(contentDir, file, guideTranslationSchema, problems, missingTwins);
    if (!twin) continue;
    problems.push(...sameFactsProblems(twin.file, parsed.body, twin.body));
    problems.push(...headingCountProblems(twin.file, parsed.body, twin.body));
    guides.push({ ...parsed.data, slug, url: `/${GUIDES_FOLDER}/${slug}/`, body: parsed.body, file, id_ID: twin });
  }

  const services = readServices(contentDir, problems);
  const { notes, hosts } = readFacts(contentDir, problems);
  problems.push(...crossEntryProblems(entries, skipped));
  problems.push(...noteQuoteProblems([...entries, ...guides], notes));
  problems.push(...problemDetailsProblems([...entries, ...guides].flatMap((page) => [page, page.id_ID]), entries));
  if (problems.length > 0) throw new ContentError(problems);
  return { entries: entries.sort(byFamilyThenCode), guides: guides.sort((a, b) => a.title.localeCompare(b.title)), services, notes, hosts };
}

function crossEntryProblems(entries: Entry[], skipped: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Entry>();
  const byCode = new Map<string, Entry>();
  for (const entry of entries) {
    const twin = byId.get(entry.id);
    if (twin) problems.push(`${entry.file}: slug "${entry.slug}" is also used by ${twin.file}`);
    byId.set(entry.id, entry);
    const codeKey = `${entry.family}:${entry.code.toUpperCase()}`;
    const codeTwin = byCode.get(codeKey);
    if (codeTwin) problems.push(`${entry.file}: field "code": "${entry.code}" is also the code of ${codeTwin.file}`);
    byCode.set(codeKey, entry);
  }
  for (const entry of entries) {
    entry.related.forEach((id, index) => {
      if (id === entry.id) problems.push(`${entry.file}: field "related.${index}": "${id}" points to the entry itself`);
      else if (!byId.has(id) && !skipped.has(id)) problems.push(`${entry.file}: field "related.${index}": "${id}" points to no entry (expected an id such as "http/429")`);
    });
  }
  return problems;
}

function readServices(contentDir: string, problems: string[]): SnapService[] {
  const services = readYamlFile(contentDir, SERVICES_FILE, servicesFileSchema, problems)?.services ?? [];
  const seen = new Set<string>();
  for (const service of services) {
    if (seen.has(service.code)) problems.push(`${SERVICES_FILE}: service code "${service.code}" is listed twice`);
    seen.add(service.code);
  }
  return services;
}

function readFacts(contentDir: string, problems: string[]): { notes: Note[]; hosts: DokuHost[] } {
  if (!fs.existsSync(path.join(contentDir, FACTS_FILE))) {
    problems.push(`${FACTS_FILE}: missing (the paste-box and the pages quote its notes)`);
    return { notes: [], hosts: [] };
  }
  const facts = readYamlFile(contentDir, FACTS_FILE, dokuFactsFileSchema, problems);
  if (!facts) return { notes: [], hosts: [] };
  for (const id of NOTE_IDS) {
    const count = facts.notes.filter((note) => note.id === id).length;
    if (count !== 1) problems.push(`${FACTS_FILE}: note "${id}" ${count === 0 ? "is missing (the paste-box needs it)" : `is listed ${count} times`}`);
  }
  return facts;
}

/** A YAML file of content/ through its schema; undefined (with the problems noted) when it is missing or invalid. */
function readYamlFile<S extends z.ZodType>(contentDir: string, file: string, schema: S, problems: string[]): z.infer<S> | undefined {
  const fullPath = path.join(contentDir, file);
  if (!fs.existsSync(fullPath)) return undefined;
  let data: unknown;
  try {
    data = parseYaml(fs.readFileSync(fullPath, "utf8"));
  } catch (error) {
    problems.push(`${file}: not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`${file}: field "${issue.path.join(".")}": ${issue.message}`);
    return undefined;
  }
  return result.data;
}

/** `<Note id="…" />` in a body must name a note of doku-facts.yaml. */
function noteQuoteProblems(pages: readonly { file: string; body: string }[], notes: readonly Note[]): string[] {
  const known = new Set<string>(notes.map((note) => note.id));
  return pages.flatMap((page) =>
    quotedNoteIds(page.body)
      .filter((id) => !known.has(id))
      .map((id) => `${page.file}: body: <Note id="${id}" /> names no note of ${FACTS_FILE} (expected one of ${NOTE_IDS.join(", ")})`),
  );
}

/** `<ProblemDetailsExample … />` in a body must be complete and name an entry. */
function problemDetailsProblems(pages: readonly { file: string; body: string }[], entries: readonly Entry[]): string[] {
  const ids = new Set(entries.map((entry) => entry.id));
  return pages.flatMap((page) =>
    problemDetailsTags(page.body).flatMap((item) => {
      if ("problem" in item) return [`${page.file}: body: ${item.tag} ${item.problem}`];
      return ids.has(item.example.entry) ? [] : [`${page.file}: body: <ProblemDetailsExample entry="${item.example.entry}" /> names no entry (expected an id such as "errors/merchant-not-active")`];
    }),
  );
}

/** The Indonesian twin of an English file ("http/429.mdx" ⇒ "http/429.id.mdx"), read through its schema. */
function readTwin<S extends z.ZodType<object>>(contentDir: string, englishFile: string, schema: S, problems: string[], missingTwins: "fail" | "skip"): Twin<z.infer<S>> | undefined {
  const file = englishFile.replace(/\.mdx$/, ".id.mdx");
  if (!fs.existsSync(path.join(contentDir, file))) {
    if (missingTwins === "fail") problems.push(`${file}: missing: every page has an Indonesian twin beside its English file (see content/README.md)`);
    return undefined;
  }
  const parsed = readMdx(contentDir, file, schema, problems);
  return parsed ? { ...parsed.data, body: parsed.body, file } : undefined;
}

/** English files of a folder; twins (<slug>.id.mdx) are read with their English file. */
function listMdxFiles(contentDir: string, folder: string): string[] {
  const dir = path.join(contentDir, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".mdx") && !name.endsWith(".id.mdx"))
    .sort()
    .map((name) => `${folder}/${name}`);
}

function readMdx<S extends z.ZodType>(
  contentDir: string,
  file: string,
  schema: S,
  problems: string[],
): { data: z.infer<S>; body: string } | undefined {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object would make gray-matter cache by content; pass none.
    parsed = matter(fs.readFileSync(path.join(contentDir, file), "utf8"));
  } catch (error) {
    problems.push(`${file}: frontmatter is not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return undefined;
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? `field "${issue.path.join(".")}"` : "frontmatter";
      problems.push(`${file}: ${field}: ${issue.message}`);
    }
    return undefined;
  }
  return { data: result.data, body: parsed.content.trim() };
}


const FAMILY_ORDER = Object.keys(FAMILIES);
function byFamilyThenCode(a: Entry, b: Entry): number {
  return FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family) || byHttpStatus(a, b) || byCode(a.code, b.code);
}

/** Digit runs compare as numbers, so curl's exit codes read 6, 7, 28 rather than 28, 6, 7. */
function byCode(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

/** Within a family either every entry has an HTTP status or none has. */
function byHttpStatus(a: Entry, b: Entry): number {
  return a.httpStatus !== undefined && b.httpStatus !== undefined ? a.httpStatus - b.httpStatus : 0;
}

let cached: Catalogue | undefined;
/** The real catalogue, loaded once per process. */
export function getCatalogue(): Catalogue {
  cached ??= loadCatalogue();
  return cached;
}

export function listEntries(): Entry[] {
  return getCatalogue().entries;
}

export function getEntry(id: string): Entry | undefined {
  return getCatalogue().entries.find((entry) => entry.id === id);
}

export function listEntriesOf(family: Family): Entry[] {
  return getCatalogue().entries.filter((entry) => entry.family === family);
}

export function listServices(): SnapService[] {
  return getCatalogue().services;
}

export function listNotes(): Note[] {
  return getCatalogue().notes;
}

export function getNote(id: Note["id"]): Note | undefined {
  return getCatalogue().notes.find((note) => note.id === id);
}

export function listDokuHosts(): DokuHost[] {
  return getCatalogue().hosts;
}

export function listGuides(): Guide[] {
  return getCatalogue().guides;
}

export function getGuide(slug: string): Guide | undefined {
  return getCatalogue().guides.find((guide) => guide.slug === slug);
}
