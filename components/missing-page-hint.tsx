// The 404 page's hint as static markup: the site island (components/islands/missing-page.ts) fills in the address
// asked for (known only in the browser) and the code it most likely meant.
export const MISSING_PAGE_STRINGS = {
  noPage: "There is no page at {path}.",
  didYouMean: "Did you mean {code}?",
  explain: " has no page of its own, but it is a well-formed SNAP code: {link} from its parts.",
};

export function MissingPageHint() {
  return (
    <div data-missing-page data-strings={JSON.stringify(MISSING_PAGE_STRINGS)} className="space-y-3">
      <p>The page you asked for does not exist.</p>
    </div>
  );
}
