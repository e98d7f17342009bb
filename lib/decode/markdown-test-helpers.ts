// For tests: what a Markdown renderer would read as text rather than code, line by line (CommonMark code spans: a run
// of n backticks opens a span that the next run of exactly n backticks closes; an unmatched run is literal).

/** The text of `line` outside its code spans. */
export function outsideCodeSpans(line: string): string {
  let outside = "";
  let at = 0;
  while (at < line.length) {
    const tick = line.indexOf("`", at);
    if (tick < 0) {
      outside += line.slice(at);
      break;
    }
    // A backslash before a backtick outside a span makes it literal.
    if (isEscaped(line, tick)) {
      outside += line.slice(at, tick + 1);
      at = tick + 1;
      continue;
    }
    outside += line.slice(at, tick);
    let runEnd = tick;
    while (line[runEnd] === "`") runEnd += 1;
    const closing = findRun(line, runEnd, runEnd - tick);
    if (closing < 0) {
      outside += line.slice(tick, runEnd);
      at = runEnd;
    } else at = closing + (runEnd - tick);
  }
  return outside;
}

function findRun(line: string, from: number, length: number): number {
  for (let at = line.indexOf("`", from); at >= 0; at = line.indexOf("`", at)) {
    let end = at;
    while (line[end] === "`") end += 1;
    if (end - at === length) return at;
    at = end;
  }
  return -1;
}

/** An odd number of backslashes before `at`. */
export function isEscaped(text: string, at: number): boolean {
  let count = 0;
  while (text[at - 1 - count] === "\\") count += 1;
  return count % 2 === 1;
}

/** The characters outside code spans that are markup unless escaped. */
export function unescapedMarkup(text: string, characters = "[]<>!`*_~|&"): string[] {
  const found: string[] = [];
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at] ?? "";
    if (characters.includes(char) && !isEscaped(text, at)) found.push(char);
  }
  return found;
}
