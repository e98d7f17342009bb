import type { Metadata } from "next";
import { Decoder } from "@/components/decoder";
import { Island } from "@/components/island";
import { absoluteUrl, basePath } from "@/lib/site";
import { reportUrl } from "@/lib/site-config.mjs";

const title = "Paste a DOKU response";
const description =
  "Paste a DOKU API response (JSON, raw HTTP, curl -v or a log line) and see what each code means, the likely cause, what to do and who must act. Nothing leaves your browser.";

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: absoluteUrl("/decode/") },
  openGraph: { title, description, url: absoluteUrl("/decode/") },
};

export default function DecodePage() {
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
        <p className="text-lg text-soft">
          Paste what you have: a JSON body, a raw HTTP response with headers, <code className="font-mono">curl -v</code>{" "}
          output, a log line or just a code. Each code is explained as you type, with the identifiers support will ask for.
          Share it as a link with secrets removed, or copy a note for a ticket.
        </p>
      </header>
      <Island name="decoder" props={{ basePath, reportUrl }}>
        <Decoder basePath={basePath} reportUrl={reportUrl} />
      </Island>
    </div>
  );
}
