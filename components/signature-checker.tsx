"use client";

import { useEffect, useId, useRef, useState } from "react";
import { SignatureReportView } from "@/components/signature-report";
import { receiveHandedOverRequest } from "@/components/request-handoff";
import type { IslandStart } from "@/components/islands/static-island";
import { type SignatureReport, checkSignature } from "@/lib/signature/check-signature";
import type { Locale } from "@/lib/i18n/locale";
import { SIGNATURE_TEXT } from "@/lib/i18n/signature";
import { readPublicKey } from "@/lib/signature/public-key";
import { SCHEMES, type Scheme } from "@/lib/signature/scheme";

/** Short: a 10 kB request with the whole variant search takes a few milliseconds, and the verdict is due within 100. */
const DEBOUNCE_MS = 25;

const fieldClass = "w-full rounded-lg border border-field bg-raised p-3 font-mono text-sm";

interface Fields {
  request: string;
  secret: string;
  publicKey: string;
  yourStringToSign: string;
}
const EMPTY: Fields = { request: "", secret: "", publicKey: "", yourStringToSign: "" };

/**
 * The signature check. What is typed here stays in this component's state: it is never put in the URL, in storage or
 * in a request, and it is emptied by "Clear" and when the page is left (pagehide, which also covers the back-forward
 * cache).
 */
export function SignatureChecker({ start, locale = "en" }: { start?: IslandStart; locale?: Locale }) {
  const words = SIGNATURE_TEXT[locale];
  const t = words.form;
  const ids = { request: useId(), secret: useId(), publicKey: useId(), yourStringToSign: useId(), secretHelp: useId(), yourStringHelp: useId() };
  // What was typed into the static page before this island mounted (components/islands/mount.tsx); it stays here.
  const [fields, setFields] = useState<Fields>(() => ({
    request: start?.fields.request ?? "",
    secret: start?.fields.secret ?? "",
    publicKey: start?.fields.publicKey ?? "",
    yourStringToSign: start?.fields.yourStringToSign ?? "",
  }));
  const [override, setOverride] = useState<Scheme>();
  const [report, setReport] = useState<SignatureReport>();
  const requestRef = useRef<HTMLTextAreaElement>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  const publicKeyRef = useRef<HTMLTextAreaElement>(null);
  const yourStringRef = useRef<HTMLTextAreaElement>(null);
  const set = (name: keyof Fields) => (value: string) => setFields((current) => ({ ...current, [name]: value }));
  // A request handed over from the paste-box, tab to tab in memory (components/request-handoff.ts).
  useEffect(() => receiveHandedOverRequest((handed) => setFields((current) => ({ ...current, request: handed }))), []);

  // Nothing typed here outlives the page: empty every field when the page is hidden for good or put in the cache.
  useEffect(() => {
    const forget = () => {
      setFields(EMPTY);
      setOverride(undefined);
      setReport(undefined);
      for (const field of [requestRef.current, secretRef.current, publicKeyRef.current, yourStringRef.current]) if (field) field.value = "";
    };
    window.addEventListener("pagehide", forget);
    return () => window.removeEventListener("pagehide", forget);
  }, []);

  // Check a moment after typing stops; a slower, older run never overwrites a newer one.
  const run = useRef(0);
  useEffect(() => {
    const id = ++run.current;
    const timer = window.setTimeout(() => {
      checkSignature({ ...fields, locale, ...(override ? { scheme: override } : {}) }).then(
        (next) => {
          if (id === run.current) setReport(next);
        },
        () => {
          if (id === run.current) setReport({ kind: "unreadable", message: t.failed });
        },
      );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [fields, override, locale, t.failed]);

  function clear() {
    setFields(EMPTY);
    setOverride(undefined);
    requestRef.current?.focus();
  }

  // Said at once, beside the field, whatever the request and the scheme: the key is refused and never used.
  const privateKeyPasted = readPublicKey(fields.publicKey).kind === "private-key";
  const recognised = report?.kind === "checked" ? report.recognised : undefined;
  const scheme = override ?? recognised?.scheme;
  const anything = Object.values(fields).some((value) => value !== "");

  return (
    <div className="space-y-6">
      <div className="grid gap-5 lg:grid-cols-2">
        <div className="space-y-2 lg:col-span-2">
          <label htmlFor={ids.request} className="block font-semibold">
            {t.request}
          </label>
          <textarea
            ref={requestRef}
            data-field="request"
            id={ids.request}
            value={fields.request}
            onChange={(event) => set("request")(event.target.value)}
            rows={12}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            placeholder={"POST /v1.0/transfer-va/create-va HTTP/1.1\nAuthorization: Bearer eyJ…\nX-TIMESTAMP: 2026-11-30T15:04:05+07:00\nX-SIGNATURE: …\n\n{\"partnerServiceId\":\"  888994\", …}\n\n" + t.requestPlaceholderTail}
            className={fieldClass}
          />
        </div>

        <div className="space-y-2">
          <label htmlFor={ids.secret} className="block font-semibold">
            {t.secret}
          </label>
          <input
            ref={secretRef}
            data-field="secret"
            id={ids.secret}
            type="password"
            value={fields.secret}
            onChange={(event) => set("secret")(event.target.value)}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-describedby={ids.secretHelp}
            // Password managers: this is not a login to save.
            data-1p-ignore=""
            data-lpignore="true"
            data-bwignore=""
            className={fieldClass}
          />
          <p id={ids.secretHelp} className="text-xs text-muted">
            {t.secretHelp}
          </p>
        </div>

        <div className="space-y-2">
          <label htmlFor={ids.publicKey} className="block font-semibold">
            {t.publicKey}
          </label>
          <textarea
            ref={publicKeyRef}
            data-field="publicKey"
            id={ids.publicKey}
            value={fields.publicKey}
            onChange={(event) => set("publicKey")(event.target.value)}
            rows={4}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            placeholder={"-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----"}
            className={fieldClass}
          />
          {privateKeyPasted ? (
            <p role="alert" className="rounded-lg border border-accent bg-accent-soft p-3 text-sm font-semibold">
              {t.privateKeyRefusal}
            </p>
          ) : (
            <p className="text-xs text-muted">{t.publicKeyHelp}</p>
          )}
        </div>

        <div className="space-y-2 lg:col-span-2">
          <label htmlFor={ids.yourStringToSign} className="block font-semibold">
            {t.yourStringToSign}
          </label>
          <p id={ids.yourStringHelp} className="text-xs text-muted">
            {t.yourStringHelp}
          </p>
          <textarea
            ref={yourStringRef}
            data-field="yourStringToSign"
            id={ids.yourStringToSign}
            value={fields.yourStringToSign}
            onChange={(event) => set("yourStringToSign")(event.target.value)}
            aria-describedby={ids.yourStringHelp}
            rows={3}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            className={fieldClass}
          />
        </div>
      </div>

      <div className="flex flex-wrap items-start gap-x-8 gap-y-3">
        <fieldset className="space-y-1 text-sm">
          <legend className="font-semibold">{t.scheme}</legend>
          {SCHEMES.map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="signature-scheme" value={value} checked={scheme === value} onChange={() => setOverride(value)} />
              {words.schemes[value]}
              {recognised?.scheme === value ? <span className="text-muted">{t.recognisedMark}</span> : null}
            </label>
          ))}
          {recognised ? (
            <p className="text-muted">
              {t.recognisedBecause(recognised.reason)}{" "}
              {override && override !== recognised.scheme ? (
                <button type="button" onClick={() => setOverride(undefined)} className="underline underline-offset-2">
                  {t.useRecognised}
                </button>
              ) : null}
            </p>
          ) : (
            <p className="text-muted">{t.recognisedLater}</p>
          )}
        </fieldset>
        <button
          type="button"
          onClick={clear}
          disabled={!anything && !override}
          className="rounded-md border border-line-strong px-3 py-1.5 text-sm font-semibold hover:bg-chip disabled:opacity-50"
        >
          {t.clear}
        </button>
      </div>

      <section aria-label={t.region} className="space-y-6">
        <SignatureReportView report={report} hasInput={fields.request.trim() !== ""} locale={locale} />
      </section>
    </div>
  );
}
