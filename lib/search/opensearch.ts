// The OpenSearch description that lets a browser add the site as an address-bar search engine.

const SHORT_NAME = "DOKU Errors"; // OpenSearch allows at most 16 characters here.

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** `absoluteUrl` turns a site path into the public URL, with the site URL and base path settings applied. */
export function openSearchXml({ name, description, absoluteUrl }: { name: string; description: string; absoluteUrl: (path: string) => string }): string {
  const home = absoluteUrl("/");
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(SHORT_NAME)}</ShortName>
  <LongName>${escapeXml(name)}</LongName>
  <Description>${escapeXml(description)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="32" height="32" type="image/svg+xml">${escapeXml(absoluteUrl("/icon.svg"))}</Image>
  <Url type="text/html" method="get" template="${escapeXml(home)}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(absoluteUrl("/opensearch.xml"))}"/>
  <moz:SearchForm>${escapeXml(home)}</moz:SearchForm>
</OpenSearchDescription>
`;
}
