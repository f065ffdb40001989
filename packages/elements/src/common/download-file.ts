/**
 * Saving text made in the browser as a file (recovery codes, the data export): a short-lived `blob:` link, clicked
 * once. Nothing is fetched again, so no endpoint has to hand the content out a second time.
 */

/** Starts the download of `text` as `fileName` (`type` is the file's media type). */
export function downloadFile(host: Element, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // In the host's tree, not a detached node: some browsers ignore clicks on links outside the document.
  (host.shadowRoot ?? host).append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download manager; revoking later keeps slow browsers working.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
