// Fills a template's {name} values: "{count} codes" with { count: 3 } ⇒ "3 codes". A name without a value stays.
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
