// Prints rows as an aligned Markdown table, so a script's figures can be pasted into a note (bench, audit:pages).

/**
 * @param {string} title printed above the table
 * @param {string[]} header
 * @param {(string | number)[][]} rows
 */
export function printTable(title, header, rows) {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(line(widths.map((width) => "-".repeat(width))));
  for (const row of cells.slice(1)) console.log(line(row));
}
