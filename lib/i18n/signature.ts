// The signature check's words in English and Indonesian: the page, its fields, and every sentence lib/signature/
// produces (checks, parts of the string to sign, known mistakes, verdicts). lib/signature/ picks the words of the
// reader's locale from here, so its results stay plain strings; values from the request (header names, paths,
// timestamps) are passed in and shown untranslated. English is the wording the page had before it was bilingual.
import type { Locale } from "./locale";

type DigestStyle = "lower-hex" | "upper-hex" | "base64" | "empty-when-empty";
type SignatureScheme = "snap-symmetric" | "snap-asymmetric" | "non-snap";
type Source = "raw" | "curl" | "curl-verbose" | "log";
type CheckLevel = "problem" | "warning" | "ok" | "note";

/** Everything the page and the check say, for one language. A missing Indonesian string fails `tsc`. */
export interface SignatureText {
  page: {
    title: string;
    description: string;
    /** The lead paragraph, around the three codes' links. */
    leadBefore: string;
    leadAfter: string;
    and: string;
    or: string;
    privacyTitle: string;
    privacyBefore: string;
    sandbox: string;
    /** After the bold "sandbox"; it starts with its own space or punctuation. */
    privacyAfter: string;
    mistakesHeading: string;
    mistakesBefore: string;
    mistakesMiddle: string;
    guideLink: string;
  };
  form: {
    request: string;
    requestPlaceholderTail: string;
    secret: string;
    secretHelp: string;
    publicKey: string;
    publicKeyHelp: string;
    /** Said beside the field the moment a private key is pasted into it. */
    privateKeyRefusal: string;
    yourStringToSign: string;
    yourStringHelp: string;
    scheme: string;
    recognisedMark: string;
    recognisedBecause: (reason: string) => string;
    useRecognised: string;
    recognisedLater: string;
    clear: string;
    region: string;
    failed: string;
  };
  report: {
    waiting: string;
    checking: string;
    readAs: (source: string) => string;
    scheme: string;
    verdict: string;
    stringToSign: string;
    cannotBuild: (missing: string) => string;
    checksHeading: string;
    signedString: string;
    left: string;
    expected: string;
    yourString: string;
    same: string;
    excerptExpected: string;
    excerptYours: string;
    explainedBy: string;
    copy: string;
    partsLabel: string;
    empty: string;
    bodyEmpty: string;
    bodyUnknown: (reason: string) => string;
    bodyAlreadyMinified: string;
    bodyMinified: string;
    bodyNotJson: (problem: string) => string;
    bodyAsSent: string;
    bodyShown: (shown: string, total: string) => string;
    /** The locale numbers are written in, e.g. 4,000 or 4.000. */
    numbers: string;
    levels: Record<CheckLevel, string>;
    read: string;
    newTab: string;
  };
  schemes: Record<SignatureScheme, string>;
  sources: Record<Source, string>;
  recognised: {
    nonSnapPrefix: string;
    nonSnapHeaders: string;
    tokenPath: (path: string) => string;
    clientKey: string;
    authorization: string;
    xSignature: string;
    fallback: string;
  };
  input: {
    tooLarge: (chars: string, limit: string, megabytes: string) => string;
    binary: string;
    brokenCurl: (problem: string) => string;
    noWebCrypto: string;
    webCryptoMissing: string;
    publicKeyUnused: string;
    secretTrimmed: string;
  };
  parts: {
    method: string;
    path: string;
    token: string;
    bodyHash: (digest: string) => string;
    timestamp: string;
    clientId: string;
    requestTarget: string;
    digest: (digest: string) => string;
    separator: (value: string) => string;
    lineBreakBefore: (name: string) => string;
    lineName: (name: string) => string;
    wholeString: string;
    digests: Record<DigestStyle, string>;
    missingBody: (reason: string) => string;
    missingMethod: string;
    missingPath: string;
    missingAuthorization: string;
    missingHeader: (name: string) => string;
  };
  compare: {
    position: (n: number) => string;
    stops: (position: string, part: string, lacking: string) => string;
    trailing: (lineBreak: boolean) => string;
    goesOn: (extra: string) => string;
    differs: (position: string, part: string, expected: string, theirs: string) => string;
    characters: {
      end: string;
      space: string;
      lineBreak: string;
      carriageReturn: string;
      tab: string;
      codePoint: (code: string) => string;
      character: (char: string) => string;
    };
  };
  /** Reading the paste: notes on how it was read, and why it could not be. */
  parse: {
    noBlankLine: string;
    blankAfterBody: string;
    verboseNoBody: (bytes: string | undefined) => string;
    logPicked: string;
    logNoRequestLine: string;
    logNoBody: string;
    response: string;
    bodyAlone: string;
    notHttp: string;
  };
  curl: {
    unclosedSingle: (line: number) => string;
    unclosedAnsi: (line: number) => string;
    unclosedDouble: (line: number) => string;
    linesJoined: string;
    unquotedAmpersand: string;
    windowsCmd: string;
    headersFromFile: (argument: string) => string;
    bodyFromFile: (file: string, option: string, argument: string) => string;
    urlencodeFile: (argument: string) => string;
    jsonFile: (file: string, argument: string) => string;
    multipart: string;
    uploadFile: (file: string) => string;
    optionWithoutValue: (option: string) => string;
    noUrl: string;
    manyUrls: (count: number, url: string) => string;
    optionsIgnored: (options: string) => string;
    contentTypeAdded: (headers: string[]) => string;
  };
  /** What is wrong with the text in the Public key field. */
  key: {
    openssh: string;
    jwk: string;
    pemCut: string;
    notBase64: string;
    noneFound: string;
    notDer: string;
    unreadable: string;
    notRsa: (algorithm: "ec" | "ed25519" | "rsa-pss" | "other") => string;
  };
  timestamp: {
    unix: (value: string) => string;
    notIso: (value: string) => string;
    spacesAround: string;
    spaceSeparator: string;
    lowerT: string;
    noSeconds: string;
    commaFraction: string;
    spaceBeforeOffset: string;
    noOffset: string;
    lowerZ: string;
    zoneWord: (zone: string) => string;
    offsetNoColon: (zone: string, written: string) => string;
    offsetNoMinutes: (zone: string) => string;
    notReal: (value: string) => string;
    offsetTooFar: (zone: string) => string;
    /** The same instant written another way; `assumed` when the sent value had no offset and was read in a zone. */
    sameInstant: (written: "same-offset" | "utc-z" | "utc-plus-zero" | "wib", millis: boolean, assumed: "wib" | "utc" | undefined) => string;
    clockReadTwice: (seconds: number, assumed: "wib" | "utc" | undefined) => string;
  };
  checks: {
    headerMissing: (name: string, why: string | undefined) => string;
    why: {
      timestampHalf: string;
      clientKey: string;
      authorization: string;
      timestampLast: string;
      channelId: string;
      clientId: string;
      signed: string;
    };
    headersPresent: (names: string) => string;
    repeated: (name: string) => string;
    lowerCaseMethod: (method: string, upper: string) => string;
    fullUrlRequestLine: (relative: string) => string;
    hostInPath: (relative: string) => string;
    contentTypeNotJson: (contentType: string) => string;
    externalIdNotNumeric: (value: string) => string;
    externalIdTooLong: (length: number) => string;
    externalIdOk: string;
    partnerIdTooLong: (length: number) => string;
    channelIdTooLong: (value: string, length: number) => string;
    tokenPathSymmetric: string;
    tokenCallAuthorization: string;
    grantType: (found: string | undefined) => string;
    requestIdTooLong: (length: number) => string;
    signatureNoPrefix: string;
    nonSnapHex: string;
    nonSnapNotBase64: string;
    nonSnapBytes: (bytes: number) => string;
    bodyUnknown: (reason: string) => string;
    bodyNotJson: string;
    requestTimestampOffset: string;
    timestampProblem: (name: string, value: string, problem: string) => string;
    timestampOk: (name: string, value: string) => string;
    bearerTwice: string;
    bearerMissing: string;
    bearerSpacing: string;
    bearerNoToken: string;
    bearerCase: (written: string) => string;
    bearerOk: string;
    xSignatureHex: string;
    xSignatureNotBase64: string;
    xSignatureBytes: (bytes: number, scheme: "snap-symmetric" | "snap-asymmetric") => string;
  };
  mistakes: {
    bodyNotMinified: Words;
    bodyHashed: (how: string) => string;
    whitespaceInStrings: Words;
    phpBoth: Words;
    phpSlashes: Words;
    phpUnicode: Words;
    reserialised: Words;
    emptyHashLeftEmpty: Words;
    emptyBodyAsObject: Words;
    upperHex: Words;
    base64Hash: Words;
    fullUrl: (signed: string, relative: string) => Words;
    noQuery: (signed: string, relative: string) => Words;
    bearerInToken: Words;
    lowerCaseMethod: (method: string) => Words;
    timestamp: (value: string, description: string, header: string, sent: string) => Words;
    hexOutput: (algorithm: string) => Words;
    asymmetricService: Words;
    asymmetricServiceWhitespace: Words;
    missingPrefix: Words;
    digestBody: (how: string) => Words;
    digestBodies: { minified: string; reserialised: string; php: string; lineBreak: string; noWhitespace: string; empty: string };
    digestHex: Words;
    digestLineAdded: Words;
    digestLineLeftOut: Words;
    requestTargetHost: (absolute: string, relative: string) => Words;
    secretLineBreak: Words;
    secretAsTyped: Words;
    letterCase: Words;
    letterCaseAnd: (other: string) => string;
  };
  verdicts: {
    refusedKey: string;
    needsPublicKey: (secretTyped: boolean) => string;
    needsSecret: (keyPasted: boolean) => string;
    noSignatureHeader: (header: string) => string;
    incomplete: (missing: string) => string;
    noPublicKey: string;
    keyImportFailed: string;
    signatureUnreadable: string;
    matches: Record<SignatureScheme, string>;
    mistakeFound: (title: string) => string;
    noMistakeFound: (tried: number) => string;
    leftKeyPair: string[];
    leftSecret: string[];
  };
  /** Labels of the pages a finding links to, by their key in lib/signature/links.ts. */
  links: Record<LinkKey, string>;
  /** "the X, the Y and the Z", for the lists a sentence names. */
  list: (items: string[]) => string;
}

/** A known mistake's words: what the signer did, then the specifics and the fix. */
export interface Words {
  title: string;
  detail: string;
}

export type LinkKey =
  | "snapUnauthorized"
  | "tokenUnauthorized"
  | "nonSnapInvalidSignature"
  | "nonSnapRecipe"
  | "timestampOnTokenPage"
  | "invalidFieldFormat"
  | "invalidMandatoryField"
  | "tokenNotFound"
  | "externalIdConflict"
  | "recipes"
  | "bodyNotMinified"
  | "whitespaceInStrings"
  | "phpEscapes"
  | "bodyHashForm"
  | "pathForm"
  | "bearerInToken"
  | "lowerCaseMethod"
  | "hexOutput"
  | "timestampString"
  | "asymmetricForm"
  | "digestBody"
  | "requestTargetHost"
  | "digestLine"
  | "missingPrefix"
  | "letterCase"
  | "secretLineBreak"
  | "nothingReproduces"
  | "timestampFormat"
  | "requiredHeaders";

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const EN_ASSUMED = (assumed: "wib" | "utc" | undefined) => (assumed ? ` (the sent value read as ${assumed === "wib" ? "WIB (+07:00)" : "UTC"})` : "");
const ID_ASSUMED = (assumed: "wib" | "utc" | undefined) => (assumed ? ` (nilai yang dikirim dibaca sebagai ${assumed === "wib" ? "WIB (+07:00)" : "UTC"})` : "");

const EN: SignatureText = {
  page: {
    title: "Check a request's signature",
    description:
      "Paste a DOKU request that was rejected (raw HTTP, curl or a log): see the exact string to sign, the checks that need no secret, and which known mistake broke X-SIGNATURE. Runs in your browser; nothing is sent.",
    leadBefore: "Paste a request that came back with",
    leadAfter:
      "You see the exact string that is signed, part by part. Add the client secret (or, for the token call, the public key) to learn whether the signature matches, and if not, which known mistake reproduces it.",
    and: ",",
    or: "or",
    privacyTitle: "What you type stays in this page.",
    privacyBefore:
      "Everything is computed in your browser (Web Crypto). The request, the secret and the key are never sent anywhere, never stored, never put in the address or a share link. \u201cClear\u201d empties every field, and so does leaving the page. Even so, use",
    sandbox: "sandbox",
    privacyAfter: " credentials: a production secret typed into any web page is worth rotating.",
    mistakesHeading: "The mistakes it tries",
    mistakesBefore: "When the signature does not match, the check rebuilds it with one known mistake at a time and names the one that reproduces",
    mistakesMiddle: ". Each is explained in",
    guideLink: "the signature guide",
  },
  form: {
    request: "HTTP request",
    requestPlaceholderTail: "or a curl command, or curl -v output, or headers and body from a log",
    secret: "Client secret",
    secretHelp: "For SNAP transactions (HMAC-SHA512) and non-SNAP requests (HMAC-SHA256). Use a sandbox secret, and if your browser offers to save it as a password, decline.",
    publicKey: "Public key",
    publicKeyHelp: "For the B2B token call (SHA256withRSA). PEM: BEGIN PUBLIC KEY or BEGIN RSA PUBLIC KEY. Never the private key.",
    privateKeyRefusal:
      "This is a private key. It was refused and not used, and nothing was sent anywhere. But treat it as exposed now: a private key pasted into a web page may also sit in your clipboard, history or screen recordings. Make a new key pair, register the new public key with DOKU, and stop using this one. Then paste the public key (BEGIN PUBLIC KEY) here instead.",
    yourStringToSign: "Your string to sign",
    yourStringHelp: "Optional: the string your code logged before signing. The check names the first character where it differs.",
    scheme: "Scheme",
    recognisedMark: "(recognised)",
    recognisedBecause: (reason) => `Recognised because ${reason}.`,
    useRecognised: "Use the recognised scheme",
    recognisedLater: "Recognised from the request once you paste it; pick another to override.",
    clear: "Clear",
    region: "Signature check",
    failed: "The check failed unexpectedly on this input. Please report it with the shape of the request (never its secret).",
  },
  report: {
    waiting: "Paste the request your server or DOKU rejected: the check starts as you type.",
    checking: "Checking…",
    readAs: (source) => `Read as ${source}.`,
    scheme: "Scheme:",
    verdict: "Verdict",
    stringToSign: "The string to sign",
    cannotBuild: (missing) => `It cannot be built: the request lacks ${missing}.`,
    checksHeading: "Checks that need no secret",
    signedString: "The string that was signed",
    left: "What is left:",
    expected: "With this secret, the request as sent should carry",
    yourString: "Your string to sign",
    same: "Your string is the same as the string to sign, character for character.",
    excerptExpected: "String to sign",
    excerptYours: "Yours",
    explainedBy: "Your string is exactly what this known mistake builds:",
    copy: "Copy",
    partsLabel: "Parts of the string to sign",
    empty: "(empty)",
    bodyEmpty: "The request has no body: the hash is that of the empty string.",
    bodyUnknown: (reason) => `The body is not in the paste: ${reason}.`,
    bodyAlreadyMinified: "The body that was hashed (already minified, as sent)",
    bodyMinified: "The body that was hashed: the minified body (spaces and line breaks between JSON tokens removed)",
    bodyNotJson: (problem) => `The body that was hashed: as sent, because it is not JSON (${problem})`,
    bodyAsSent: "The body that was hashed for Digest: exactly as sent",
    bodyShown: (shown, total) => `… (the first ${shown} of ${total} characters are shown; all of them were hashed)`,
    numbers: "en",
    levels: { problem: "Problem", warning: "Warning", note: "Note", ok: "OK" },
    read: "Read:",
    newTab: " (opens in a new tab)",
  },
  schemes: {
    "snap-symmetric": "SNAP symmetric (HMAC-SHA512, transactions)",
    "snap-asymmetric": "SNAP asymmetric (SHA256withRSA, Get Token B2B)",
    "non-snap": "Non-SNAP (HMACSHA256=, Checkout and Jokul)",
  },
  sources: {
    raw: "a raw HTTP request",
    curl: "a curl command",
    "curl-verbose": "curl -v output (the lines starting with >)",
    log: "headers and a body from a log",
  },
  recognised: {
    nonSnapPrefix: "its Signature header starts with HMACSHA256=",
    nonSnapHeaders: "it has Client-Id, Request-Id and a Signature header rather than X-SIGNATURE",
    tokenPath: (path) => `its path ${path} is the B2B access token call, signed over X-CLIENT-KEY|X-TIMESTAMP`,
    clientKey: "it has X-CLIENT-KEY and no Authorization token, as a token call does",
    authorization: "it carries an Authorization token and X-SIGNATURE, as a SNAP transaction does",
    xSignature: "it has X-SIGNATURE without an access-token path or X-CLIENT-KEY; most SNAP calls are transactions",
    fallback: "it has no signature header that names another recipe; most SNAP calls are transactions",
  },
  input: {
    tooLarge: (chars, limit, megabytes) =>
      `This paste has ${chars} characters, more than the ${limit} read here (${megabytes} MB), so none of it was read. Paste only the request: its request line, headers and body.`,
    binary: "This looks like binary data, not an HTTP request. Paste the request as text: request line, headers, a blank line, the body.",
    brokenCurl: (problem) => `This curl command cannot be read: ${problem}`,
    noWebCrypto: "Your browser offers no Web Crypto on this page (browsers keep it for pages served over HTTPS), so nothing can be hashed or checked here.",
    webCryptoMissing: "Web Crypto, for the SHA-256 of the body",
    publicKeyUnused: "The public key is not used: this recipe is an HMAC made with the client secret.",
    secretTrimmed: "The client secret you typed starts or ends with a space or line break; the page checks with it trimmed, then as typed.",
  },
  parts: {
    method: "HTTP method",
    path: "Relative path with query",
    token: "Access token",
    bodyHash: (digest) => `Body hash (${digest} of the body below)`,
    timestamp: "Timestamp (X-TIMESTAMP)",
    clientId: "Client ID (X-CLIENT-KEY)",
    requestTarget: "Request-Target (the path)",
    digest: (digest) => `Digest (${digest} of the body)`,
    separator: (value) => `the separator "${value}"`,
    lineBreakBefore: (name) => `the line break before ${name}`,
    lineName: (name) => `the line name "${name}:"`,
    wholeString: "the string",
    digests: {
      "lower-hex": "lower-case hex SHA-256",
      "upper-hex": "upper-case hex SHA-256",
      base64: "Base64 SHA-256",
      "empty-when-empty": "empty for an empty body",
    },
    missingBody: (reason) => `the request body (${reason})`,
    missingMethod: "the request line (its method)",
    missingPath: "the request line (its path)",
    missingAuthorization: "the Authorization header (Bearer and the access token)",
    missingHeader: (name) => `the ${name} header`,
  },
  compare: {
    position: (n) => `character ${n}`,
    stops: (position, part, lacking) => `Your string stops at ${position}, in ${part}: it lacks ${lacking}.`,
    trailing: (lineBreak) => `Your string has ${lineBreak ? "a line break" : "blank space"} after the end, perhaps from copying it; the rest is the same.`,
    goesOn: (extra) => `Your string goes on after the end of the string to sign: it adds ${extra}.`,
    differs: (position, part, expected, theirs) => `The first difference is at ${position}, in ${part}: the string to sign has ${expected}, yours has ${theirs}.`,
    characters: {
      end: "the end of the string",
      space: "a space",
      lineBreak: "a line break",
      carriageReturn: "a carriage return",
      tab: "a tab",
      codePoint: (code) => code,
      character: (char) => `"${char}"`,
    },
  },
  parse: {
    noBlankLine: "The body starts right after the headers, without a blank line between them.",
    blankAfterBody: "Blank space after the body (line breaks, spaces) was not counted as part of it.",
    verboseNoBody: (bytes) => `curl -v does not print the body it sends${bytes ? ` (${bytes} bytes)` : ""}. Paste the curl command itself, or the raw request with its body`,
    logPicked: "Read as a log: the headers below were picked out by name, which may miss some.",
    logNoRequestLine: "The log has no request line (method and path), and a SNAP transaction signature covers both.",
    logNoBody: "the log shows no request body",
    response: "This is a response, not a request. Paste the request your code sent: its request line, headers and body, or the curl command.",
    bodyAlone:
      "This is a body on its own. The signature also covers the method, the path and headers (X-TIMESTAMP, the token), so paste the whole request: request line, headers, a blank line, then the body.",
    notHttp: "This is not an HTTP request. Paste a raw request (POST /path HTTP/1.1, then headers, a blank line and the body), a curl command, or headers and body from a log.",
  },
  curl: {
    unclosedSingle: (line) => `A single quote (') opened on line ${line} is never closed, so the command is cut off. Copy the whole command.`,
    unclosedAnsi: (line) => `A $'…' quote opened on line ${line} is never closed, so the command is cut off. Copy the whole command.`,
    unclosedDouble: (line) => `A double quote (") opened on line ${line} is never closed, so the command is cut off. Copy the whole command.`,
    linesJoined:
      "Lines without a backslash (\\) at the end were read as one command. A shell would run them as separate commands: end each line of the command with a backslash.",
    unquotedAmpersand: "An unquoted & ended the command, as the shell would: the URL was cut there. Put the URL in quotes.",
    windowsCmd: "This is a curl command for Windows cmd (with ^ escapes), which is not read here. Copy it as cURL (bash), or paste the raw request.",
    headersFromFile: (argument) => `Headers read from a file (-H ${argument}) are not in the paste and were not read.`,
    bodyFromFile: (file, option, argument) => `the body is read from the file ${file || "named"} (--${option} ${argument}), which is not in the paste`,
    urlencodeFile: (argument) => `part of the body is read from a file (--data-urlencode ${argument}), which is not in the paste`,
    jsonFile: (file, argument) => `the body is read from the file ${file} (--json ${argument}), which is not in the paste`,
    multipart: "curl builds a multipart body from -F/--form, with a boundary it picks at random",
    uploadFile: (file) => `the body is the file ${file} (-T), which is not in the paste`,
    optionWithoutValue: (option) => `The option ${option} at the end of the command has no value.`,
    noUrl: "This curl command has no URL, so there is no path to sign. Copy the whole command.",
    manyUrls: (count, url) => `This command has ${count} URLs; the first, ${url}, was read.`,
    optionsIgnored: (options) => `Options that do not change the signed parts were not read: ${options}.`,
    contentTypeAdded: (headers) => `curl adds ${headers.join(" and ")} by itself: the command sets no Content-Type.`,
  },
  key: {
    openssh: "This is an OpenSSH public key (ssh-rsa …), not PEM. Convert it with ssh-keygen -e -m PKCS8 -f key.pub and paste the result.",
    jwk: "This looks like a JSON Web Key, which is not read here. Paste the key as PEM (BEGIN PUBLIC KEY).",
    pemCut: "The PEM block has no matching -----END …----- line: the key was cut off. Copy all of it.",
    notBase64: "The key is not valid Base64 between its BEGIN and END lines. Copy it again, whole.",
    noneFound: "No key was found here. Paste the public key as PEM (BEGIN PUBLIC KEY or BEGIN RSA PUBLIC KEY).",
    notDer: "This is not a key that can be read (its DER structure is not SPKI, PKCS#1 or a certificate).",
    unreadable: "The key's structure could not be read.",
    notRsa: (algorithm) =>
      `This is ${{ ec: "an elliptic-curve (EC) key", ed25519: "an Ed25519 key", "rsa-pss": "an RSA-PSS key", other: "not an RSA key" }[algorithm]}. SNAP's asymmetric signature is SHA256withRSA, so it needs an RSA public key.`,
  },
  timestamp: {
    unix: (value) => `${value} is a Unix time number, not an ISO 8601 date. Send e.g. 2026-11-30T15:04:05+07:00.`,
    notIso: (value) => `${value} is not in the form yyyy-MM-ddTHH:mm:ss+07:00 (ISO 8601 with an offset).`,
    spacesAround: "It has spaces before or after it.",
    spaceSeparator: "It has a space where ISO 8601 has a T between the date and the time.",
    lowerT: "It has a lower-case t between date and time; write T.",
    noSeconds: "It has no seconds: write HH:mm:ss.",
    commaFraction: "It has a comma before the fraction of a second; write a full stop.",
    spaceBeforeOffset: "It has a space before the offset.",
    noOffset: "It has no time-zone offset, so the instant is ambiguous: end it with Z (UTC) or +07:00 (WIB).",
    lowerZ: "It ends with a lower-case z; write Z.",
    zoneWord: (zone) => `It ends with the word ${zone}; write Z or +00:00.`,
    offsetNoColon: (zone, written) => `Its offset ${zone} has no colon; ASPI's format writes ${written}.`,
    offsetNoMinutes: (zone) => `Its offset ${zone} has no minutes; write ${zone}:00.`,
    notReal: (value) => `${value} is not a real date and time (month 1–12, day of that month, hour 0–23, minute and second 0–59).`,
    offsetTooFar: (zone) => `Its offset ${zone} is beyond ±14:00.`,
    sameInstant: (written, millis, assumed) => {
      const where = { "same-offset": "in the same offset", "utc-z": "in UTC (Z)", "utc-plus-zero": "in UTC written +00:00", wib: "in WIB (+07:00)" }[written];
      return `the same instant ${where}${millis ? ", with milliseconds" : ", without milliseconds"}${EN_ASSUMED(assumed)}`;
    },
    clockReadTwice: (seconds, assumed) =>
      `${Math.abs(seconds)} second${Math.abs(seconds) === 1 ? "" : "s"} ${seconds < 0 ? "earlier" : "later"} than the one sent (the clock read twice)${EN_ASSUMED(assumed)}`,
  },
  checks: {
    headerMissing: (name, why) => `The ${name} header is missing${why ? `: ${why}` : ""}.`,
    why: {
      timestampHalf: "it is half of the signed string",
      clientKey: "it is the client ID in the signed string; BCA answers 4007302 without it",
      authorization: "its access token is part of the signed string; without it SNAP answers 401XX03",
      timestampLast: "it is the last part of the signed string",
      channelId: "ASPI marks it mandatory, though DOKU's Check Status sample has none",
      clientId: "it is the first line of the signed component",
      signed: "it is signed",
    },
    headersPresent: (names) => `Every header this recipe needs is there: ${names}.`,
    repeated: (name) => `${name} is sent more than once: the server reads one of them, perhaps not the one you signed.`,
    lowerCaseMethod: (method, upper) => `The method is written in lower case (${method}). HTTP methods are upper case, and the string to sign uses ${upper}.`,
    fullUrlRequestLine: (relative) => `The request line holds a full URL; the signed path is only the part after the host: ${relative}`,
    hostInPath: (relative) => `The path ${relative} holds a host or scheme. The string to sign takes the relative path only, e.g. /snap/v1.0/…`,
    contentTypeNotJson: (contentType) => `Content-Type is ${contentType}; SNAP bodies are JSON (application/json).`,
    externalIdNotNumeric: (value) => `X-EXTERNAL-ID "${value}" is not a numeric string, which is what ASPI defines (digits only, up to 36).`,
    externalIdTooLong: (length) => `X-EXTERNAL-ID has ${length} digits; ASPI allows up to 36.`,
    externalIdOk: "X-EXTERNAL-ID is a numeric string of up to 36 digits. It must also be new each day.",
    partnerIdTooLong: (length) => `X-PARTNER-ID has ${length} characters; ASPI allows up to 36.`,
    channelIdTooLong: (value, length) => `CHANNEL-ID "${value}" has ${length} characters; ASPI allows up to 5.`,
    tokenPathSymmetric: "This is the B2B access token path, which is signed with the asymmetric recipe (X-CLIENT-KEY|X-TIMESTAMP, SHA256withRSA).",
    tokenCallAuthorization: "The token call needs no Authorization header; it is not part of its signature.",
    grantType: (found) => `The body's grantType is ${found ?? "missing"}; the B2B token call sends "client_credentials".`,
    requestIdTooLong: (length) => `Request-Id has ${length} characters; DOKU allows up to 128.`,
    signatureNoPrefix: "The Signature header does not start with HMACSHA256=, which DOKU's recipe puts before the Base64.",
    nonSnapHex: "The signature is written in hex; DOKU's recipe writes it in Base64.",
    nonSnapNotBase64: "The signature after HMACSHA256= is not Base64.",
    nonSnapBytes: (bytes) => `The signature decodes to ${bytes} bytes; an HMAC-SHA256 has 32.`,
    bodyUnknown: (reason) => `The body is not in the paste: ${reason}.`,
    bodyNotJson: "The body is not JSON, so it is hashed as sent, without minifying.",
    requestTimestampOffset: "DOKU describes Request-Timestamp as UTC (ending in Z, e.g. 2020-09-22T01:51:00Z); this one has another offset.",
    timestampProblem: (name, value, problem) => `${name} "${value}": ${problem}`,
    timestampOk: (name, value) => `${name} ${value} is ISO 8601 with an offset.`,
    bearerTwice: "Authorization says Bearer twice: the token was stored with its prefix, then given another.",
    bearerMissing: 'Authorization has no "Bearer " prefix: send "Bearer " followed by the access token.',
    bearerSpacing: 'Authorization has other spacing than one space after "Bearer", so the token a server reads may start with a space.',
    bearerNoToken: "Authorization has Bearer but no token after it.",
    bearerCase: (written) => `Authorization is written "${written}"; the standard writes "Bearer ".`,
    bearerOk: 'Authorization is "Bearer " and a token; the token goes into the string to sign without "Bearer ".',
    xSignatureHex: "X-SIGNATURE is written in hex; SNAP writes it in Base64.",
    xSignatureNotBase64: "X-SIGNATURE is not standard Base64 (A–Z, a–z, 0–9, + and /).",
    xSignatureBytes: (bytes, scheme) =>
      scheme === "snap-symmetric"
        ? `X-SIGNATURE decodes to ${bytes} bytes, not an HMAC-SHA512 (64 bytes)${bytes >= 128 ? "; it looks like an RSA signature, which the asymmetric recipe makes" : ""}.`
        : `X-SIGNATURE decodes to ${bytes} bytes, not an RSA signature (256 bytes for a 2048-bit key)${bytes === 64 ? "; 64 bytes is an HMAC-SHA512, which the symmetric recipe makes" : ""}.`,
  },
  mistakes: {
    bodyNotMinified: {
      title: "The body was hashed as sent, not minified",
      detail: "SNAP hashes the minified body: no spaces or line breaks between the JSON tokens. Hash the minified form (and ideally send that same minified form).",
    },
    bodyHashed: (how) => `The body was hashed ${how}`,
    whitespaceInStrings: {
      title: "with every whitespace character removed, inside string values too",
      detail:
        'DOKU\'s Node SDK has a minifyString() that removes all whitespace (.replace(/\\s+/g, "")), so "Budi Santoso" becomes "BudiSantoso" in what is hashed. SNAP minifying removes only the whitespace between JSON tokens.',
    },
    phpBoth: {
      title: "with / written \\/ and non-ASCII characters as \\uXXXX",
      detail: "PHP's json_encode writes them so without JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE, the flags DOKU's PHP SDK passes. Pass both flags, or hash the exact string you send.",
    },
    phpSlashes: {
      title: "with / written \\/",
      detail: "PHP's json_encode writes / as \\/ without JSON_UNESCAPED_SLASHES, the flag DOKU's PHP SDK passes. Pass it, or hash the exact string you send.",
    },
    phpUnicode: {
      title: "with non-ASCII characters as \\uXXXX",
      detail: "PHP's json_encode writes non-ASCII characters as \\uXXXX without JSON_UNESCAPED_UNICODE, the flag DOKU's PHP SDK passes. Pass it, or hash the exact string you send.",
    },
    reserialised: {
      title: "as a JSON library re-writes it (escapes decoded, numbers normalised)",
      detail:
        "The signer parsed the body and wrote it again (JSON.stringify, json_encode, Jackson) before hashing, which changes escapes such as \\u00e9 or \\/ and numbers such as 10.50; what was sent was written another way. Hash the exact string you send.",
    },
    emptyHashLeftEmpty: {
      title: "The body hash of an empty body was left empty",
      detail: "For a request without a body the standard hashes the empty string: e3b0c442… (lower-case hex SHA-256 of nothing).",
    },
    emptyBodyAsObject: {
      title: "An empty body was hashed as {}",
      detail: 'The request sends no body, but the signer hashed an empty object "{}". Hash the body you send: the empty string.',
    },
    upperHex: {
      title: "The body hash is written in upper-case hex",
      detail: "SNAP writes the SHA-256 of the body in lower-case hex (Java's printHexBinary, for one, writes upper case).",
    },
    base64Hash: { title: "The body hash is written in Base64, not hex", detail: "SNAP writes the SHA-256 of the body in lower-case hex." },
    fullUrl: (signed, relative) => ({
      title: `The path was signed as the full URL: ${signed}`,
      detail: `The string to sign takes the relative path with its query, ${relative}: no scheme, no host.`,
    }),
    noQuery: (signed, relative) => ({
      title: `The path was signed without its query string: ${signed}`,
      detail: `The string to sign takes the path with all its URL parameters, ${relative}.`,
    }),
    bearerInToken: {
      title: 'The token was signed with "Bearer " in front of it',
      detail: 'The string to sign takes the access token alone; "Bearer " belongs only in the Authorization header.',
    },
    lowerCaseMethod: (method) => ({
      title: `The method was signed in lower case (${method.toLowerCase()})`,
      detail: `The request is sent as ${method}, and the string to sign must use the same upper-case method. Some HTTP libraries keep the method in lower case in their configuration (axios: method: "post").`,
    }),
    timestamp: (value, description, header, sent) => ({
      title: `The signature was made over another timestamp string: ${value}`,
      detail: `That is ${description}, but the request sends ${header}: ${sent}. Sign exactly the string you send, and read the clock once.`,
    }),
    hexOutput: (algorithm) => ({
      title: "The signature is written in hex instead of Base64",
      detail: `The ${algorithm} is right, but it is written as hex digits; the standard writes it in Base64.`,
    }),
    asymmetricService: {
      title: "The signature covers the transaction formula, not X-CLIENT-KEY|X-TIMESTAMP",
      detail:
        "It was made over METHOD:path:body hash:X-TIMESTAMP, ASPI's asymmetric signature for service calls (DOKU's Node SDK makes it in generateSignatureV2). The B2B token call signs X-CLIENT-KEY|X-TIMESTAMP.",
    },
    asymmetricServiceWhitespace: {
      title: "The signature covers the transaction formula, with every whitespace character removed from the body",
      detail:
        "It was made over METHOD:path:body hash:X-TIMESTAMP with a body whose spaces were all removed, inside strings too: DOKU's Node SDK does this (minifyString in generateSignatureV2). The B2B token call signs X-CLIENT-KEY|X-TIMESTAMP.",
    },
    missingPrefix: {
      title: "The Signature header lacks the HMACSHA256= prefix",
      detail: 'The Base64 is right, but the header must read "HMACSHA256=" followed by it.',
    },
    digestBody: (how) => ({
      title: `The Digest was computed over another body: ${how}`,
      detail: "Digest is the Base64 SHA-256 of the exact bytes sent: serialise the body once, hash that string and send that string.",
    }),
    digestBodies: {
      minified: "the minified body, while the body sent has spaces or line breaks",
      reserialised: "the body as a JSON library re-writes it",
      php: "the body with / written \\/ and non-ASCII as \\uXXXX (PHP json_encode)",
      lineBreak: "the body with a line break at its end",
      noWhitespace: "the body with every whitespace character removed",
      empty: "an empty body",
    },
    digestHex: { title: "The Digest is written in hex, not Base64", detail: "DOKU's recipe writes Digest as the Base64 of the SHA-256." },
    digestLineAdded: {
      title: "The component has a Digest line that this request does not call for",
      detail: "A GET request has no body, and DOKU's WooCommerce plugin signs its check-status GET without the Digest line.",
    },
    digestLineLeftOut: {
      title: "The component was signed without its Digest line",
      detail: "A request with a body signs the Digest line (Base64 SHA-256 of the body) after Request-Target.",
    },
    requestTargetHost: (absolute, relative) => ({
      title: `Request-Target was signed with the host: ${absolute}`,
      detail: `Request-Target is the path alone, ${relative}, not the full URL.`,
    }),
    secretLineBreak: {
      title: "The signature was made with the secret plus a line break at its end",
      detail: "Your code reads the secret with the line break that ends its line in a .env file, a file or a terminal prompt. Trim the secret where you read it.",
    },
    secretAsTyped: {
      title: "The signature was made with the secret including the spaces or line breaks around it, as you typed it here",
      detail: "The page tries the secret trimmed first. It matches with the spaces or line breaks around it, so your code signs with them too: trim the secret where you read it.",
    },
    letterCase: {
      title: "The signature differs from the right one only in letter case",
      detail:
        "DOKU's Node and Java SDK verifiers compare signatures ignoring case, so they accept it, but Base64 is case-sensitive and a strict verifier refuses it. Send the signature exactly as computed, without changing its case.",
    },
    letterCaseAnd: (other) => `The signature differs from the right one only in letter case, and ${lowerFirst(other)}`,
  },
  verdicts: {
    refusedKey: "No verdict: the key in Public key is a private key, which was refused and not used (see the warning beside the field). Paste the public key to check the signature.",
    needsPublicKey: (secretTyped) =>
      secretTyped
        ? "A B2B token call is signed with the merchant's private key and checked with its public key: paste the public key. A client secret cannot check it."
        : "Paste the public key (PEM) that belongs to the private key the request was signed with, and the page checks the signature.",
    needsSecret: (keyPasted) =>
      keyPasted
        ? "This recipe is an HMAC made with the client secret, not with a key pair: type the client secret."
        : "Type the client secret, and the page checks the signature and looks for the mistake behind a mismatch.",
    noSignatureHeader: (header) => `The request has no ${header} header, so there is no signature to check. The string to sign below is what it should cover.`,
    incomplete: (missing) => `The string to sign cannot be built without ${missing}, so the signature cannot be checked.`,
    noPublicKey: "No public key to check with.",
    keyImportFailed: "Your browser could not import this public key. Check that it is a whole RSA public key in PEM.",
    signatureUnreadable: "X-SIGNATURE is neither Base64 nor hex, so it cannot be an RSA signature.",
    matches: {
      "snap-symmetric": "Signature matches: X-SIGNATURE is the Base64 HMAC-SHA512 of the string to sign below, made with this client secret.",
      "snap-asymmetric": "Signature matches: X-SIGNATURE is a SHA256withRSA signature of the string to sign below, made with the private key of this public key.",
      "non-snap": "Signature matches: the Signature header is HMACSHA256= and the Base64 HMAC-SHA256 of the component below, made with this client secret.",
    },
    mistakeFound: (title) => `Signature does not match the request as sent. One known mistake reproduces it: ${lowerFirst(title)}.`,
    noMistakeFound: (tried) => `Signature does not match, and none of the ${tried} known mistakes, tried one at a time, reproduces it.`,
    leftKeyPair: [
      "The key pair: the private key that signed does not belong to this public key (sandbox and production keys, another merchant's, or an older pair).",
      "The client ID: the request was signed for another X-CLIENT-KEY than the one it sends.",
      "Two mistakes at once: this page tries them one at a time.",
    ],
    leftSecret: [
      "The secret itself: a sandbox secret used against production (or the other way round), another merchant's secret, or one that has since been regenerated.",
      "A body changed on the way: a proxy, gateway or framework re-wrote it after it was signed, so the body pasted here is not the one that was signed.",
      "Two mistakes at once: this page tries them one at a time.",
    ],
  },
  links: {
    snapUnauthorized: "401XX00 Unauthorized",
    tokenUnauthorized: "4017300 Unauthorized on the access token request",
    nonSnapInvalidSignature: "invalid_signature",
    nonSnapRecipe: "the non-SNAP signature recipe",
    timestampOnTokenPage: "X-TIMESTAMP: DOKU's token page disagrees with itself",
    invalidFieldFormat: "400XX01 Invalid Field Format",
    invalidMandatoryField: "400XX02 Invalid Mandatory Field",
    tokenNotFound: "401XX03 Token Not Found (B2B)",
    externalIdConflict: "409XX00 Conflict",
    recipes: "the three signature recipes",
    bodyNotMinified: "Body not minified",
    whitespaceInStrings: "Whitespace removed inside strings",
    phpEscapes: "Escaped slashes and Unicode",
    bodyHashForm: "Body hash written another way",
    pathForm: "Full URL or missing query in the path",
    bearerInToken: "Bearer inside the token",
    lowerCaseMethod: "Lower-case method",
    hexOutput: "Hex instead of Base64",
    timestampString: "Another timestamp string",
    asymmetricForm: "An asymmetric signature over the transaction formula",
    digestBody: "Digest over another body",
    requestTargetHost: "Request-Target with the host",
    digestLine: "Digest line added or left out",
    missingPrefix: "Missing HMACSHA256= prefix",
    letterCase: "Letter case of the signature",
    secretLineBreak: "A line break at the end of the secret",
    nothingReproduces: "When no known mistake reproduces it",
    timestampFormat: "X-TIMESTAMP format",
    requiredHeaders: "Required headers",
  },
  list: (items) => items.join(", "),
};

const ID: SignatureText = {
  page: {
    title: "Cek signature sebuah request",
    description:
      "Tempel request DOKU yang ditolak (HTTP mentah, curl, atau log): lihat string to sign persisnya, pengecekan yang tidak butuh secret, dan kesalahan umum mana yang merusak X-SIGNATURE. Berjalan di browser Anda; tidak ada yang dikirim.",
    leadBefore: "Tempel request yang dibalas dengan",
    leadAfter:
      "Anda melihat string yang di-sign persis, bagian demi bagian. Tambahkan client secret (atau, untuk pemanggilan token, public key) untuk tahu apakah signature-nya cocok, dan kalau tidak, kesalahan umum mana yang menghasilkannya.",
    and: ",",
    or: "atau",
    privacyTitle: "Yang Anda ketik tetap di halaman ini.",
    privacyBefore:
      "Semuanya dihitung di browser Anda (Web Crypto). Request, secret, dan key tidak pernah dikirim ke mana pun, tidak pernah disimpan, tidak pernah dimasukkan ke alamat halaman atau link berbagi. \u201cKosongkan\u201d mengosongkan semua isian, begitu juga saat meninggalkan halaman. Meski begitu, pakai kredensial",
    sandbox: "sandbox",
    privacyAfter: ": secret production yang pernah diketik di halaman web mana pun sebaiknya di-rotate.",
    mistakesHeading: "Kesalahan yang dicoba",
    mistakesBefore: "Kalau signature tidak cocok, pengecekan ini menyusunnya ulang dengan satu kesalahan umum setiap kali, lalu menyebut kesalahan yang menghasilkan",
    mistakesMiddle: ". Masing-masing dijelaskan di",
    guideLink: "panduan signature",
  },
  form: {
    request: "Request HTTP",
    requestPlaceholderTail: "atau perintah curl, atau output curl -v, atau header dan body dari log",
    secret: "Client secret",
    secretHelp: "Untuk transaksi SNAP (HMAC-SHA512) dan request non-SNAP (HMAC-SHA256). Pakai secret sandbox, dan kalau browser menawarkan untuk menyimpannya sebagai password, tolak.",
    publicKey: "Public key",
    publicKeyHelp: "Untuk pemanggilan token B2B (SHA256withRSA). PEM: BEGIN PUBLIC KEY atau BEGIN RSA PUBLIC KEY. Jangan pernah private key.",
    privateKeyRefusal:
      "Ini private key. Key ini ditolak dan tidak dipakai, dan tidak ada yang dikirim ke mana pun. Tapi anggap key ini sudah bocor: private key yang ditempel di halaman web bisa juga tersimpan di clipboard, riwayat, atau rekaman layar. Buat pasangan key baru, daftarkan public key yang baru ke DOKU, dan berhenti memakai yang ini. Lalu tempel public key (BEGIN PUBLIC KEY) di sini.",
    yourStringToSign: "String to sign Anda",
    yourStringHelp: "Opsional: string yang dicatat kode Anda sebelum signing. Pengecekan menyebut karakter pertama yang berbeda.",
    scheme: "Skema",
    recognisedMark: "(dikenali)",
    recognisedBecause: (reason) => `Dikenali karena ${reason}.`,
    useRecognised: "Pakai skema yang dikenali",
    recognisedLater: "Dikenali dari request begitu Anda menempelnya; pilih yang lain untuk menggantinya.",
    clear: "Kosongkan",
    region: "Cek signature",
    failed: "Pengecekan gagal tanpa diduga untuk input ini. Mohon laporkan dengan bentuk request-nya (jangan pernah secret-nya).",
  },
  report: {
    waiting: "Tempel request yang ditolak server Anda atau DOKU: pengecekan dimulai saat Anda mengetik.",
    checking: "Mengecek…",
    readAs: (source) => `Dibaca sebagai ${source}.`,
    scheme: "Skema:",
    verdict: "Hasil",
    stringToSign: "String to sign",
    cannotBuild: (missing) => `String ini tidak bisa disusun: request-nya tidak punya ${missing}.`,
    checksHeading: "Pengecekan tanpa secret",
    signedString: "String yang di-sign",
    left: "Yang tersisa:",
    expected: "Dengan secret ini, request yang dikirim seharusnya membawa",
    yourString: "String to sign Anda",
    same: "String Anda sama dengan string to sign, karakter demi karakter.",
    excerptExpected: "String to sign",
    excerptYours: "Punya Anda",
    explainedBy: "String Anda persis yang disusun oleh kesalahan umum ini:",
    copy: "Salin",
    partsLabel: "Bagian-bagian string to sign",
    empty: "(kosong)",
    bodyEmpty: "Request ini tidak punya body: hash-nya adalah hash dari string kosong.",
    bodyUnknown: (reason) => `Body tidak ada di tempelan: ${reason}.`,
    bodyAlreadyMinified: "Body yang di-hash (sudah minified, seperti yang dikirim)",
    bodyMinified: "Body yang di-hash: body versi minified (spasi dan baris baru di antara token JSON dibuang)",
    bodyNotJson: (problem) => `Body yang di-hash: seperti yang dikirim, karena bukan JSON (${problem})`,
    bodyAsSent: "Body yang di-hash untuk Digest: persis seperti yang dikirim",
    bodyShown: (shown, total) => `… (${shown} karakter pertama dari ${total} ditampilkan; semuanya di-hash)`,
    numbers: "id",
    levels: { problem: "Masalah", warning: "Peringatan", note: "Catatan", ok: "OK" },
    read: "Baca:",
    newTab: " (terbuka di tab baru)",
  },
  schemes: {
    "snap-symmetric": "SNAP simetris (HMAC-SHA512, transaksi)",
    "snap-asymmetric": "SNAP asimetris (SHA256withRSA, Get Token B2B)",
    "non-snap": "Non-SNAP (HMACSHA256=, Checkout dan Jokul)",
  },
  sources: {
    raw: "request HTTP mentah",
    curl: "perintah curl",
    "curl-verbose": "output curl -v (baris yang diawali >)",
    log: "header dan body dari log",
  },
  recognised: {
    nonSnapPrefix: "header Signature-nya diawali HMACSHA256=",
    nonSnapHeaders: "ada Client-Id, Request-Id, dan header Signature, bukan X-SIGNATURE",
    tokenPath: (path) => `path ${path} adalah pemanggilan access token B2B, yang di-sign atas X-CLIENT-KEY|X-TIMESTAMP`,
    clientKey: "ada X-CLIENT-KEY tanpa token Authorization, seperti pemanggilan token",
    authorization: "ada token Authorization dan X-SIGNATURE, seperti transaksi SNAP",
    xSignature: "ada X-SIGNATURE tanpa path access token atau X-CLIENT-KEY; kebanyakan pemanggilan SNAP adalah transaksi",
    fallback: "tidak ada header signature yang menunjuk resep lain; kebanyakan pemanggilan SNAP adalah transaksi",
  },
  input: {
    tooLarge: (chars, limit, megabytes) =>
      `Tempelan ini berisi ${chars} karakter, lebih dari ${limit} yang dibaca di sini (${megabytes} MB), jadi tidak ada yang dibaca. Tempel request-nya saja: request line, header, dan body.`,
    binary: "Ini tampak seperti data biner, bukan request HTTP. Tempel request sebagai teks: request line, header, satu baris kosong, lalu body.",
    brokenCurl: (problem) => `Perintah curl ini tidak bisa dibaca: ${problem}`,
    noWebCrypto: "Browser Anda tidak menyediakan Web Crypto di halaman ini (browser hanya menyediakannya untuk halaman HTTPS), jadi tidak ada yang bisa di-hash atau dicek di sini.",
    webCryptoMissing: "Web Crypto, untuk SHA-256 dari body",
    publicKeyUnused: "Public key tidak dipakai: resep ini adalah HMAC dengan client secret.",
    secretTrimmed: "Client secret yang Anda ketik diawali atau diakhiri spasi atau baris baru; halaman ini mengecek dengan versi yang di-trim, lalu persis seperti yang diketik.",
  },
  parts: {
    method: "HTTP method",
    path: "Path relatif beserta query",
    token: "Access token",
    bodyHash: (digest) => `Hash body (${digest} dari body di bawah)`,
    timestamp: "Timestamp (X-TIMESTAMP)",
    clientId: "Client ID (X-CLIENT-KEY)",
    requestTarget: "Request-Target (path-nya)",
    digest: (digest) => `Digest (${digest} dari body)`,
    separator: (value) => `pemisah "${value}"`,
    lineBreakBefore: (name) => `baris baru sebelum ${name}`,
    lineName: (name) => `nama baris "${name}:"`,
    wholeString: "string-nya",
    digests: {
      "lower-hex": "SHA-256 hex huruf kecil",
      "upper-hex": "SHA-256 hex huruf besar",
      base64: "SHA-256 Base64",
      "empty-when-empty": "kosong untuk body kosong",
    },
    missingBody: (reason) => `body request (${reason})`,
    missingMethod: "request line (method-nya)",
    missingPath: "request line (path-nya)",
    missingAuthorization: "header Authorization (Bearer dan access token)",
    missingHeader: (name) => `header ${name}`,
  },
  compare: {
    position: (n) => `karakter ke-${n}`,
    stops: (position, part, lacking) => `String Anda berhenti di ${position}, di ${part}: kurang ${lacking}.`,
    trailing: (lineBreak) => `String Anda punya ${lineBreak ? "baris baru" : "spasi kosong"} setelah akhir string, mungkin karena ikut tersalin; sisanya sama.`,
    goesOn: (extra) => `String Anda masih berlanjut setelah akhir string to sign: ada tambahan ${extra}.`,
    differs: (position, part, expected, theirs) => `Perbedaan pertama ada di ${position}, di ${part}: string to sign berisi ${expected}, punya Anda berisi ${theirs}.`,
    characters: {
      end: "akhir string",
      space: "spasi",
      lineBreak: "baris baru",
      carriageReturn: "carriage return",
      tab: "tab",
      codePoint: (code) => code,
      character: (char) => `"${char}"`,
    },
  },
  parse: {
    noBlankLine: "Body dimulai tepat setelah header, tanpa baris kosong di antaranya.",
    blankAfterBody: "Spasi kosong setelah body (baris baru, spasi) tidak dihitung sebagai bagian dari body.",
    verboseNoBody: (bytes) => `curl -v tidak mencetak body yang dikirimnya${bytes ? ` (${bytes} byte)` : ""}. Tempel perintah curl-nya, atau request mentah beserta body-nya`,
    logPicked: "Dibaca sebagai log: header di bawah diambil berdasarkan namanya, jadi mungkin ada yang terlewat.",
    logNoRequestLine: "Log ini tidak punya request line (method dan path), padahal signature transaksi SNAP mencakup keduanya.",
    logNoBody: "log-nya tidak menampilkan body request",
    response: "Ini response, bukan request. Tempel request yang dikirim kode Anda: request line, header, dan body-nya, atau perintah curl-nya.",
    bodyAlone:
      "Ini body saja. Signature juga mencakup method, path, dan header (X-TIMESTAMP, token), jadi tempel request lengkapnya: request line, header, satu baris kosong, lalu body.",
    notHttp: "Ini bukan request HTTP. Tempel request mentah (POST /path HTTP/1.1, lalu header, satu baris kosong, dan body), perintah curl, atau header dan body dari log.",
  },
  curl: {
    unclosedSingle: (line) => `Tanda kutip tunggal (') yang dibuka di baris ${line} tidak pernah ditutup, jadi perintahnya terpotong. Salin seluruh perintahnya.`,
    unclosedAnsi: (line) => `Kutipan $'…' yang dibuka di baris ${line} tidak pernah ditutup, jadi perintahnya terpotong. Salin seluruh perintahnya.`,
    unclosedDouble: (line) => `Tanda kutip ganda (") yang dibuka di baris ${line} tidak pernah ditutup, jadi perintahnya terpotong. Salin seluruh perintahnya.`,
    linesJoined:
      "Baris tanpa backslash (\\) di akhirnya dibaca sebagai satu perintah. Shell akan menjalankannya sebagai perintah terpisah: akhiri setiap baris perintah dengan backslash.",
    unquotedAmpersand: "Tanda & tanpa kutip mengakhiri perintah, seperti yang dilakukan shell: URL-nya terpotong di situ. Beri tanda kutip pada URL.",
    windowsCmd: "Ini perintah curl untuk cmd Windows (dengan escape ^), yang tidak dibaca di sini. Salin sebagai cURL (bash), atau tempel request mentahnya.",
    headersFromFile: (argument) => `Header yang dibaca dari file (-H ${argument}) tidak ada di tempelan dan tidak dibaca.`,
    bodyFromFile: (file, option, argument) => `body dibaca dari file ${file || "yang disebut"} (--${option} ${argument}), yang tidak ada di tempelan`,
    urlencodeFile: (argument) => `sebagian body dibaca dari file (--data-urlencode ${argument}), yang tidak ada di tempelan`,
    jsonFile: (file, argument) => `body dibaca dari file ${file} (--json ${argument}), yang tidak ada di tempelan`,
    multipart: "curl menyusun body multipart dari -F/--form, dengan boundary yang dipilihnya secara acak",
    uploadFile: (file) => `body-nya adalah file ${file} (-T), yang tidak ada di tempelan`,
    optionWithoutValue: (option) => `Opsi ${option} di akhir perintah tidak punya nilai.`,
    noUrl: "Perintah curl ini tidak punya URL, jadi tidak ada path untuk di-sign. Salin seluruh perintahnya.",
    manyUrls: (count, url) => `Perintah ini punya ${count} URL; yang pertama, ${url}, yang dibaca.`,
    optionsIgnored: (options) => `Opsi yang tidak mengubah bagian yang di-sign tidak dibaca: ${options}.`,
    contentTypeAdded: (headers) => `curl menambahkan ${headers.join(" dan ")} sendiri: perintahnya tidak mengatur Content-Type.`,
  },
  key: {
    openssh: "Ini public key OpenSSH (ssh-rsa …), bukan PEM. Konversikan dengan ssh-keygen -e -m PKCS8 -f key.pub lalu tempel hasilnya.",
    jwk: "Ini tampak seperti JSON Web Key, yang tidak dibaca di sini. Tempel key-nya dalam format PEM (BEGIN PUBLIC KEY).",
    pemCut: "Blok PEM ini tidak punya baris -----END …----- yang cocok: key-nya terpotong. Salin seluruhnya.",
    notBase64: "Isi key di antara baris BEGIN dan END bukan Base64 yang valid. Salin lagi secara utuh.",
    noneFound: "Tidak ada key di sini. Tempel public key dalam format PEM (BEGIN PUBLIC KEY atau BEGIN RSA PUBLIC KEY).",
    notDer: "Ini bukan key yang bisa dibaca (struktur DER-nya bukan SPKI, PKCS#1, atau sertifikat).",
    unreadable: "Struktur key ini tidak bisa dibaca.",
    notRsa: (algorithm) =>
      `Ini ${{ ec: "key elliptic-curve (EC)", ed25519: "key Ed25519", "rsa-pss": "key RSA-PSS", other: "bukan key RSA" }[algorithm]}. Signature asimetris SNAP adalah SHA256withRSA, jadi butuh public key RSA.`,
  },
  timestamp: {
    unix: (value) => `${value} adalah angka Unix time, bukan tanggal ISO 8601. Kirim mis. 2026-11-30T15:04:05+07:00.`,
    notIso: (value) => `${value} tidak berbentuk yyyy-MM-ddTHH:mm:ss+07:00 (ISO 8601 dengan offset).`,
    spacesAround: "Ada spasi sebelum atau sesudahnya.",
    spaceSeparator: "Ada spasi di tempat ISO 8601 menaruh T di antara tanggal dan jam.",
    lowerT: "Ada t huruf kecil di antara tanggal dan jam; tulis T.",
    noSeconds: "Tidak ada detiknya: tulis HH:mm:ss.",
    commaFraction: "Ada koma sebelum pecahan detik; tulis titik.",
    spaceBeforeOffset: "Ada spasi sebelum offset.",
    noOffset: "Tidak ada offset zona waktu, jadi waktunya ambigu: akhiri dengan Z (UTC) atau +07:00 (WIB).",
    lowerZ: "Diakhiri z huruf kecil; tulis Z.",
    zoneWord: (zone) => `Diakhiri kata ${zone}; tulis Z atau +00:00.`,
    offsetNoColon: (zone, written) => `Offset ${zone} tidak punya titik dua; format ASPI menulis ${written}.`,
    offsetNoMinutes: (zone) => `Offset ${zone} tidak punya menit; tulis ${zone}:00.`,
    notReal: (value) => `${value} bukan tanggal dan jam yang nyata (bulan 1–12, tanggal yang ada di bulan itu, jam 0–23, menit dan detik 0–59).`,
    offsetTooFar: (zone) => `Offset ${zone} melebihi ±14:00.`,
    sameInstant: (written, millis, assumed) => {
      const where = { "same-offset": "di offset yang sama", "utc-z": "dalam UTC (Z)", "utc-plus-zero": "dalam UTC ditulis +00:00", wib: "dalam WIB (+07:00)" }[written];
      return `waktu yang sama ${where}${millis ? ", dengan milidetik" : ", tanpa milidetik"}${ID_ASSUMED(assumed)}`;
    },
    clockReadTwice: (seconds, assumed) =>
      `${Math.abs(seconds)} detik ${seconds < 0 ? "lebih awal" : "lebih lambat"} dari yang dikirim (jam dibaca dua kali)${ID_ASSUMED(assumed)}`,
  },
  checks: {
    headerMissing: (name, why) => `Header ${name} tidak ada${why ? `: ${why}` : ""}.`,
    why: {
      timestampHalf: "header ini separuh dari string yang di-sign",
      clientKey: "header ini adalah client ID di string yang di-sign; BCA menjawab 4007302 tanpa header ini",
      authorization: "access token-nya bagian dari string yang di-sign; tanpa header ini SNAP menjawab 401XX03",
      timestampLast: "header ini bagian terakhir dari string yang di-sign",
      channelId: "ASPI menandainya wajib, walau contoh Check Status dari DOKU tidak memakainya",
      clientId: "header ini baris pertama dari komponen yang di-sign",
      signed: "header ini ikut di-sign",
    },
    headersPresent: (names) => `Semua header yang dibutuhkan resep ini ada: ${names}.`,
    repeated: (name) => `${name} dikirim lebih dari sekali: server membaca salah satunya, mungkin bukan yang Anda sign.`,
    lowerCaseMethod: (method, upper) => `Method ditulis dengan huruf kecil (${method}). HTTP method ditulis huruf besar, dan string to sign memakai ${upper}.`,
    fullUrlRequestLine: (relative) => `Request line berisi URL lengkap; path yang di-sign hanya bagian setelah host: ${relative}`,
    hostInPath: (relative) => `Path ${relative} berisi host atau scheme. String to sign hanya memakai path relatif, mis. /snap/v1.0/…`,
    contentTypeNotJson: (contentType) => `Content-Type-nya ${contentType}; body SNAP berupa JSON (application/json).`,
    externalIdNotNumeric: (value) => `X-EXTERNAL-ID "${value}" bukan string angka, padahal begitu definisi ASPI (hanya digit, maksimal 36).`,
    externalIdTooLong: (length) => `X-EXTERNAL-ID berisi ${length} digit; ASPI membolehkan maksimal 36.`,
    externalIdOk: "X-EXTERNAL-ID adalah string angka maksimal 36 digit. Nilainya juga harus baru setiap hari.",
    partnerIdTooLong: (length) => `X-PARTNER-ID berisi ${length} karakter; ASPI membolehkan maksimal 36.`,
    channelIdTooLong: (value, length) => `CHANNEL-ID "${value}" berisi ${length} karakter; ASPI membolehkan maksimal 5.`,
    tokenPathSymmetric: "Ini path access token B2B, yang di-sign dengan resep asimetris (X-CLIENT-KEY|X-TIMESTAMP, SHA256withRSA).",
    tokenCallAuthorization: "Pemanggilan token tidak butuh header Authorization; header ini bukan bagian dari signature-nya.",
    grantType: (found) => `grantType di body ${found === undefined ? "tidak ada" : `bernilai ${found}`}; pemanggilan token B2B mengirim "client_credentials".`,
    requestIdTooLong: (length) => `Request-Id berisi ${length} karakter; DOKU membolehkan maksimal 128.`,
    signatureNoPrefix: "Header Signature tidak diawali HMACSHA256=, yang menurut resep DOKU ditaruh sebelum Base64-nya.",
    nonSnapHex: "Signature ditulis dalam hex; resep DOKU menulisnya dalam Base64.",
    nonSnapNotBase64: "Signature setelah HMACSHA256= bukan Base64.",
    nonSnapBytes: (bytes) => `Signature ini ter-decode menjadi ${bytes} byte; HMAC-SHA256 panjangnya 32.`,
    bodyUnknown: (reason) => `Body tidak ada di tempelan: ${reason}.`,
    bodyNotJson: "Body bukan JSON, jadi di-hash seperti yang dikirim, tanpa di-minify.",
    requestTimestampOffset: "DOKU menjelaskan Request-Timestamp sebagai UTC (diakhiri Z, mis. 2020-09-22T01:51:00Z); yang ini memakai offset lain.",
    timestampProblem: (name, value, problem) => `${name} "${value}": ${problem}`,
    timestampOk: (name, value) => `${name} ${value} sudah ISO 8601 dengan offset.`,
    bearerTwice: "Authorization menulis Bearer dua kali: token-nya disimpan beserta prefiks, lalu diberi prefiks lagi.",
    bearerMissing: 'Authorization tidak punya prefiks "Bearer ": kirim "Bearer " lalu access token-nya.',
    bearerSpacing: 'Spasi setelah "Bearer" di Authorization bukan tepat satu, jadi token yang dibaca server bisa diawali spasi.',
    bearerNoToken: "Authorization berisi Bearer tapi tanpa token sesudahnya.",
    bearerCase: (written) => `Authorization ditulis "${written}"; standarnya menulis "Bearer ".`,
    bearerOk: 'Authorization berisi "Bearer " dan token; token masuk ke string to sign tanpa "Bearer ".',
    xSignatureHex: "X-SIGNATURE ditulis dalam hex; SNAP menulisnya dalam Base64.",
    xSignatureNotBase64: "X-SIGNATURE bukan Base64 standar (A–Z, a–z, 0–9, + dan /).",
    xSignatureBytes: (bytes, scheme) =>
      scheme === "snap-symmetric"
        ? `X-SIGNATURE ter-decode menjadi ${bytes} byte, bukan HMAC-SHA512 (64 byte)${bytes >= 128 ? "; ini tampak seperti signature RSA, yang dibuat resep asimetris" : ""}.`
        : `X-SIGNATURE ter-decode menjadi ${bytes} byte, bukan signature RSA (256 byte untuk key 2048-bit)${bytes === 64 ? "; 64 byte adalah HMAC-SHA512, yang dibuat resep simetris" : ""}.`,
  },
  mistakes: {
    bodyNotMinified: {
      title: "Body di-hash seperti yang dikirim, tidak di-minify",
      detail: "SNAP meng-hash body yang sudah di-minify: tanpa spasi atau baris baru di antara token JSON. Hash versi minified (dan idealnya kirim juga versi minified yang sama).",
    },
    bodyHashed: (how) => `Body di-hash ${how}`,
    whitespaceInStrings: {
      title: "dengan semua karakter whitespace dibuang, termasuk di dalam nilai string",
      detail:
        'Node SDK DOKU punya minifyString() yang membuang semua whitespace (.replace(/\\s+/g, "")), jadi "Budi Santoso" menjadi "BudiSantoso" di yang di-hash. Minify ala SNAP hanya membuang whitespace di antara token JSON.',
    },
    phpBoth: {
      title: "dengan / ditulis \\/ dan karakter non-ASCII sebagai \\uXXXX",
      detail: "json_encode PHP menulisnya begitu tanpa JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE, flag yang dipakai PHP SDK DOKU. Pakai kedua flag itu, atau hash string persis yang Anda kirim.",
    },
    phpSlashes: {
      title: "dengan / ditulis \\/",
      detail: "json_encode PHP menulis / sebagai \\/ tanpa JSON_UNESCAPED_SLASHES, flag yang dipakai PHP SDK DOKU. Pakai flag itu, atau hash string persis yang Anda kirim.",
    },
    phpUnicode: {
      title: "dengan karakter non-ASCII sebagai \\uXXXX",
      detail: "json_encode PHP menulis karakter non-ASCII sebagai \\uXXXX tanpa JSON_UNESCAPED_UNICODE, flag yang dipakai PHP SDK DOKU. Pakai flag itu, atau hash string persis yang Anda kirim.",
    },
    reserialised: {
      title: "seperti yang ditulis ulang library JSON (escape di-decode, angka dinormalkan)",
      detail:
        "Yang melakukan signing mem-parse body lalu menulisnya lagi (JSON.stringify, json_encode, Jackson) sebelum di-hash, sehingga escape seperti \\u00e9 atau \\/ dan angka seperti 10.50 berubah; yang dikirim ditulis dengan cara lain. Hash string persis yang Anda kirim.",
    },
    emptyHashLeftEmpty: {
      title: "Hash body dari body kosong dibiarkan kosong",
      detail: "Untuk request tanpa body, standarnya meng-hash string kosong: e3b0c442… (SHA-256 hex huruf kecil dari string kosong).",
    },
    emptyBodyAsObject: {
      title: "Body kosong di-hash sebagai {}",
      detail: 'Request ini tidak mengirim body, tapi yang melakukan signing meng-hash object kosong "{}". Hash body yang Anda kirim: string kosong.',
    },
    upperHex: {
      title: "Hash body ditulis dalam hex huruf besar",
      detail: "SNAP menulis SHA-256 dari body dalam hex huruf kecil (printHexBinary di Java, misalnya, menulis huruf besar).",
    },
    base64Hash: { title: "Hash body ditulis dalam Base64, bukan hex", detail: "SNAP menulis SHA-256 dari body dalam hex huruf kecil." },
    fullUrl: (signed, relative) => ({
      title: `Path di-sign sebagai URL lengkap: ${signed}`,
      detail: `String to sign memakai path relatif beserta query-nya, ${relative}: tanpa scheme, tanpa host.`,
    }),
    noQuery: (signed, relative) => ({
      title: `Path di-sign tanpa query string: ${signed}`,
      detail: `String to sign memakai path beserta semua parameter URL-nya, ${relative}.`,
    }),
    bearerInToken: {
      title: 'Token di-sign dengan "Bearer " di depannya',
      detail: 'String to sign hanya memakai access token-nya; "Bearer " hanya ada di header Authorization.',
    },
    lowerCaseMethod: (method) => ({
      title: `Method di-sign dengan huruf kecil (${method.toLowerCase()})`,
      detail: `Request dikirim sebagai ${method}, dan string to sign harus memakai method huruf besar yang sama. Beberapa library HTTP menyimpan method dengan huruf kecil di konfigurasinya (axios: method: "post").`,
    }),
    timestamp: (value, description, header, sent) => ({
      title: `Signature dibuat atas string timestamp yang lain: ${value}`,
      detail: `Itu ${description}, tapi request mengirim ${header}: ${sent}. Sign persis string yang Anda kirim, dan baca jam sekali saja.`,
    }),
    hexOutput: (algorithm) => ({
      title: "Signature ditulis dalam hex, bukan Base64",
      detail: `${algorithm}-nya benar, tapi ditulis sebagai digit hex; standarnya menulis dalam Base64.`,
    }),
    asymmetricService: {
      title: "Signature mencakup formula transaksi, bukan X-CLIENT-KEY|X-TIMESTAMP",
      detail:
        "Signature dibuat atas METHOD:path:hash body:X-TIMESTAMP, signature asimetris ASPI untuk pemanggilan service (Node SDK DOKU membuatnya di generateSignatureV2). Pemanggilan token B2B men-sign X-CLIENT-KEY|X-TIMESTAMP.",
    },
    asymmetricServiceWhitespace: {
      title: "Signature mencakup formula transaksi, dengan semua karakter whitespace dibuang dari body",
      detail:
        "Signature dibuat atas METHOD:path:hash body:X-TIMESTAMP dengan body yang semua spasinya dibuang, termasuk di dalam string: Node SDK DOKU melakukan ini (minifyString di generateSignatureV2). Pemanggilan token B2B men-sign X-CLIENT-KEY|X-TIMESTAMP.",
    },
    missingPrefix: {
      title: "Header Signature tidak punya prefiks HMACSHA256=",
      detail: 'Base64-nya benar, tapi header-nya harus berbunyi "HMACSHA256=" lalu Base64 itu.',
    },
    digestBody: (how) => ({
      title: `Digest dihitung atas body yang lain: ${how}`,
      detail: "Digest adalah SHA-256 Base64 dari byte persis yang dikirim: serialisasi body sekali, hash string itu, dan kirim string itu.",
    }),
    digestBodies: {
      minified: "body versi minified, padahal body yang dikirim berisi spasi atau baris baru",
      reserialised: "body seperti yang ditulis ulang library JSON",
      php: "body dengan / ditulis \\/ dan non-ASCII sebagai \\uXXXX (json_encode PHP)",
      lineBreak: "body dengan baris baru di akhirnya",
      noWhitespace: "body dengan semua karakter whitespace dibuang",
      empty: "body kosong",
    },
    digestHex: { title: "Digest ditulis dalam hex, bukan Base64", detail: "Resep DOKU menulis Digest sebagai Base64 dari SHA-256." },
    digestLineAdded: {
      title: "Komponen berisi baris Digest yang tidak dibutuhkan request ini",
      detail: "Request GET tidak punya body, dan plugin WooCommerce DOKU men-sign GET check-status-nya tanpa baris Digest.",
    },
    digestLineLeftOut: {
      title: "Komponen di-sign tanpa baris Digest",
      detail: "Request yang punya body men-sign baris Digest (SHA-256 Base64 dari body) setelah Request-Target.",
    },
    requestTargetHost: (absolute, relative) => ({
      title: `Request-Target di-sign beserta host: ${absolute}`,
      detail: `Request-Target hanya path-nya, ${relative}, bukan URL lengkap.`,
    }),
    secretLineBreak: {
      title: "Signature dibuat dengan secret ditambah baris baru di akhirnya",
      detail: "Kode Anda membaca secret beserta baris baru di akhir barisnya dari file .env, file lain, atau prompt terminal. Trim secret di tempat Anda membacanya.",
    },
    secretAsTyped: {
      title: "Signature dibuat dengan secret beserta spasi atau baris baru di sekitarnya, persis seperti yang Anda ketik di sini",
      detail: "Halaman ini mencoba secret yang sudah di-trim lebih dulu. Signature cocok dengan spasi atau baris baru di sekitarnya, jadi kode Anda juga men-sign dengannya: trim secret di tempat Anda membacanya.",
    },
    letterCase: {
      title: "Signature hanya berbeda huruf besar-kecilnya dari yang benar",
      detail:
        "Verifier di Node dan Java SDK DOKU membandingkan signature tanpa memedulikan huruf besar-kecil, jadi mereka menerimanya, tapi Base64 peka huruf besar-kecil dan verifier yang ketat menolaknya. Kirim signature persis seperti hasil perhitungannya, tanpa mengubah huruf besar-kecilnya.",
    },
    letterCaseAnd: (other) => `Signature hanya berbeda huruf besar-kecilnya dari yang benar, dan ${lowerFirst(other)}`,
  },
  verdicts: {
    refusedKey: "Tidak ada hasil: key di Public key adalah private key, yang ditolak dan tidak dipakai (lihat peringatan di samping isiannya). Tempel public key untuk mengecek signature.",
    needsPublicKey: (secretTyped) =>
      secretTyped
        ? "Pemanggilan token B2B di-sign dengan private key merchant dan dicek dengan public key-nya: tempel public key. Client secret tidak bisa mengeceknya."
        : "Tempel public key (PEM) pasangan private key yang dipakai untuk men-sign request ini, lalu halaman ini mengecek signature-nya.",
    needsSecret: (keyPasted) =>
      keyPasted
        ? "Resep ini adalah HMAC dengan client secret, bukan dengan pasangan key: ketik client secret."
        : "Ketik client secret, lalu halaman ini mengecek signature dan mencari kesalahan di balik ketidakcocokan.",
    noSignatureHeader: (header) => `Request ini tidak punya header ${header}, jadi tidak ada signature untuk dicek. String to sign di bawah adalah yang seharusnya dicakup.`,
    incomplete: (missing) => `String to sign tidak bisa disusun tanpa ${missing}, jadi signature tidak bisa dicek.`,
    noPublicKey: "Tidak ada public key untuk mengecek.",
    keyImportFailed: "Browser Anda tidak bisa meng-import public key ini. Pastikan ini public key RSA yang utuh dalam format PEM.",
    signatureUnreadable: "X-SIGNATURE bukan Base64 maupun hex, jadi tidak mungkin signature RSA.",
    matches: {
      "snap-symmetric": "Signature cocok: X-SIGNATURE adalah HMAC-SHA512 Base64 dari string to sign di bawah, dibuat dengan client secret ini.",
      "snap-asymmetric": "Signature cocok: X-SIGNATURE adalah signature SHA256withRSA dari string to sign di bawah, dibuat dengan private key pasangan public key ini.",
      "non-snap": "Signature cocok: header Signature berisi HMACSHA256= dan HMAC-SHA256 Base64 dari komponen di bawah, dibuat dengan client secret ini.",
    },
    mistakeFound: (title) => `Signature tidak cocok dengan request yang dikirim. Satu kesalahan umum menghasilkannya: ${lowerFirst(title)}.`,
    noMistakeFound: (tried) => `Signature tidak cocok, dan tidak satu pun dari ${tried} kesalahan umum, dicoba satu per satu, menghasilkannya.`,
    leftKeyPair: [
      "Pasangan key-nya: private key yang men-sign bukan pasangan public key ini (key sandbox dan production, milik merchant lain, atau pasangan lama).",
      "Client ID-nya: request di-sign untuk X-CLIENT-KEY yang berbeda dari yang dikirim.",
      "Dua kesalahan sekaligus: halaman ini mencobanya satu per satu.",
    ],
    leftSecret: [
      "Secret-nya sendiri: secret sandbox dipakai ke production (atau sebaliknya), secret merchant lain, atau secret yang sudah di-generate ulang.",
      "Body berubah di perjalanan: proxy, gateway, atau framework menulis ulang body setelah di-sign, jadi body yang ditempel di sini bukan yang di-sign.",
      "Dua kesalahan sekaligus: halaman ini mencobanya satu per satu.",
    ],
  },
  links: {
    snapUnauthorized: "401XX00 Unauthorized",
    tokenUnauthorized: "4017300 Unauthorized pada request access token",
    nonSnapInvalidSignature: "invalid_signature",
    nonSnapRecipe: "resep signature non-SNAP",
    timestampOnTokenPage: "X-TIMESTAMP: halaman token DOKU tidak konsisten",
    invalidFieldFormat: "400XX01 Invalid Field Format",
    invalidMandatoryField: "400XX02 Invalid Mandatory Field",
    tokenNotFound: "401XX03 Token Not Found (B2B)",
    externalIdConflict: "409XX00 Conflict",
    recipes: "tiga resep signature",
    bodyNotMinified: "Body tidak di-minify",
    whitespaceInStrings: "Whitespace dibuang di dalam string",
    phpEscapes: "Slash dan Unicode yang di-escape",
    bodyHashForm: "Hash body ditulis dengan cara lain",
    pathForm: "URL lengkap atau query hilang di path",
    bearerInToken: "Bearer di dalam token",
    lowerCaseMethod: "Method huruf kecil",
    hexOutput: "Hex, bukan Base64",
    timestampString: "String timestamp yang lain",
    asymmetricForm: "Signature asimetris atas formula transaksi",
    digestBody: "Digest atas body yang lain",
    requestTargetHost: "Request-Target beserta host",
    digestLine: "Baris Digest ditambahkan atau dihilangkan",
    missingPrefix: "Prefiks HMACSHA256= tidak ada",
    letterCase: "Huruf besar-kecil signature",
    secretLineBreak: "Baris baru di akhir secret",
    nothingReproduces: "Kalau tidak ada kesalahan umum yang menghasilkannya",
    timestampFormat: "Format X-TIMESTAMP",
    requiredHeaders: "Header wajib",
  },
  list: (items) => items.join(", "),
};

// A worker built for one language (BUNDLE_LOCALE, set by scripts/postbuild/islands.mjs) holds that language's words
// only: the build folds the test and drops the other. Elsewhere both languages are here.
export const SIGNATURE_TEXT: Record<Locale, SignatureText> = {
  en: process.env.BUNDLE_LOCALE === "id" ? ID : EN,
  id: process.env.BUNDLE_LOCALE === "en" ? EN : ID,
};
