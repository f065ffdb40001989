/** Types of scripts/chromium.mjs for the TypeScript tests that import it (see that file). */

/** The Chromium executable: `CHROME_PATH` when set and non-empty, else `/usr/bin/chromium`. */
export declare function chromiumPath(): string;

/** Chromium launch flags shared by every browser test (headless, no sandbox, offline). Copy it to add a flag. */
export declare const chromiumArgs: readonly string[];
