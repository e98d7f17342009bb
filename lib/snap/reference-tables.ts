// Reads the SNAP tables out of the reference document (a test fixture), for tests that check content against it.
export interface ReferenceCase {
  code: string;
  category: string;
  responseMessage: string;
  description: string;
}

export interface ReferenceService {
  code: string;
  name: string;
  method: string;
  path: string;
}

/** Rows of section 1.2, "Generic case codes", with "*(sic)*" markers removed (they are the reference's, not ASPI's). */
export function referenceCases(markdown: string): ReferenceCase[] {
  const section = markdown.split("### 1.2")[1]?.split("### 1.3")[0] ?? "";
  return [...section.matchAll(/^\| (\d{3}XX\d\d) \| (\w+) \| (.+?) \| (.+?) \|$/gm)].map(([, code = "", category = "", message = "", description = ""]) => ({
    code,
    category,
    responseMessage: message.replace(/ \*\(sic\)\*/g, ""),
    description,
  }));
}

/** Rows of section 2, "SNAP service codes". */
export function referenceServices(markdown: string): ReferenceService[] {
  const section = markdown.split("## 2. SNAP service codes")[1]?.split("### 2.1")[0] ?? "";
  return [...section.matchAll(/^\| (\d\d) \| (.+?) \| (\S+?) \| (.+?) \| \S+ \|$/gm)].map(([, code = "", name = "", method = "", path = ""]) => ({
    code,
    name,
    method: method.replace("*", ""),
    path,
  }));
}
