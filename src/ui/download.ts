/**
 * Hand a file made in the page to the browser's downloads. The anchor goes into the document
 * for the click (Firefox ignores a detached one), and the object URL is let go once the
 * download has surely started.
 */
export function downloadFile(name: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
