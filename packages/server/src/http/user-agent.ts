/** What a person recognises of a browser: its name and the system it runs on (`Firefox`, `Linux`). */
export interface DeviceDescription {
  browser: string;
  system: string;
}

// Order matters: Edge and Opera say "Chrome" too, Chrome says "Safari", Android says "Linux", iOS says "Mac OS X".
const BROWSERS: readonly [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: readonly [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux|X11/, 'Linux'],
];

/**
 * The browser and system named in a `User-Agent` header, for security e-mails and the sessions list. A guess from
 * what the browser says about itself (it can lie); `unknown` parts stay `''` so the caller words them.
 */
export function describeDevice(userAgent: string | undefined | null): DeviceDescription {
  const ua = (userAgent ?? '').slice(0, 512);
  const pick = (table: readonly [RegExp, string][]) => table.find(([re]) => re.test(ua))?.[1] ?? '';
  return { browser: pick(BROWSERS), system: pick(SYSTEMS) };
}
