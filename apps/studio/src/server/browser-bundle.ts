/**
 * How the studio bundles code for its page (the page script and each preview module): one self-contained ES
 * module for the browser, from the workspace's TypeScript sources (`source` export condition), minified, in memory.
 */
import { type BuildOptions, build } from 'esbuild';

/** Bundles `options`' entry (an entry point or stdin) and returns the module's code. */
export async function bundleForBrowser(
  options: Pick<BuildOptions, 'entryPoints' | 'stdin' | 'tsconfig' | 'logLevel'>,
): Promise<string> {
  const result = await build({
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    ...options,
  });
  return result.outputFiles[0]!.text;
}
