/**
 * `@gatehouse/elements/form/de`: German for `<gate-form>` on `lang="de"` pages, for a page that shows the form
 * alone: its buttons, the "still required" pane, and the forms' built-in issue messages (the step navigation and the
 * file picker carry their own German). A side effect only: import it beside `form/define`. No flow element's texts
 * come with it.
 */
import '../locales/de/shared.js';
