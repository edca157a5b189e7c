/** Saves text as a file through the browser's download, with no request leaving the extension. */
export function downloadText(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The download has started from the click; the object URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
