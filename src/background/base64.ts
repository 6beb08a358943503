// Base64 → bytes, for the build's serialised index (ADR 0014): the browser's own decoder where it has one
// (Uint8Array.fromBase64: Chromium 140+, Firefox 133+), else atob.
export function base64Bytes(text: string): Uint8Array {
  const native = (Uint8Array as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
