/**
 * The QR code of an `otpauth://` URI as an inline SVG Lit template: the modules come from `uqr`'s `encode`, the
 * markup from Lit's `svg` template (DOM, no `innerHTML`, no `style=""`), so it renders under `style-src 'self'`.
 *
 * Why uqr: 3.8 KB gzip for `encode` (measured with esbuild + gzip -9, see the README), MIT, ESM, no dependencies,
 * selectable error correction. lean-qr 2.7.4 measured 3.6 KB (full) and 2.0 KB (its reduced "nano" build): the
 * 0.2 KB of the full build does not justify a second QR dependency, and the nano build drops features (modes,
 * correction levels) we would then have to re-verify with real authenticator apps.
 */
import { html, svg, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/** Modules of the QR code: `size` × `size`, `dark(x, y)` true for a dark module. */
export interface QrMatrix {
  size: number;
  dark: (x: number, y: number) => boolean;
}

/** Encodes `text` (error correction M, as authenticator apps scan it reliably from screens); no quiet zone. */
export function qrMatrix(text: string): QrMatrix {
  const { size, data } = encode(text, { ecc: 'M', border: 0 });
  return { size, dark: (x, y) => data[y]?.[x] === true };
}

/**
 * One SVG path for all dark modules (horizontal runs merged), so the DOM stays at two nodes whatever the size.
 * The path data is numbers only: nothing of `text` reaches the markup.
 */
export function qrPath(matrix: QrMatrix): string {
  let d = '';
  for (let y = 0; y < matrix.size; y++) {
    for (let x = 0; x < matrix.size; x++) {
      if (!matrix.dark(x, y)) continue;
      let run = 1;
      while (x + run < matrix.size && matrix.dark(x + run, y)) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  return d;
}

/**
 * The `<svg>` of a QR code with a 4-module quiet zone (ISO/IEC 18004). The one thing to know: give it an
 * accessible name where it is placed (`role="img"` + `aria-label` on the SVG is set here from `label`).
 */
export function qrSvg(text: string, label: string): TemplateResult {
  const matrix = qrMatrix(text);
  const q = 4;
  const box = matrix.size + 2 * q;
  // The <svg> element itself belongs in an `html` template; `svg` is for what goes inside it (Lit's rule).
  return html`<svg viewBox=${`${-q} ${-q} ${box} ${box}`} role="img" aria-label=${label} shape-rendering="crispEdges"
    >${svg`<rect class="qr-bg" x=${-q} y=${-q} width=${box} height=${box}></rect><path class="qr-fg" d=${qrPath(matrix)}></path>`}</svg>`;
}
