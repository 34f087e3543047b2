// btoa/atob and TextEncoder/TextDecoder rather than Buffer: the stores' core also runs in a browser.

const encoder = new TextEncoder();
// fatal: bytes that are not UTF-8 come from a forged string, and must fail rather than become U+FFFD.
const decoder = new TextDecoder('utf-8', { fatal: true });
const alphabet = /^[A-Za-z0-9_-]*$/;

/** Encodes text as unpadded base64url (RFC 4648 §5) of its UTF-8 bytes. */
export function toBase64Url(text: string): string {
  const bytes = encoder.encode(text);
  // Char by char, not String.fromCharCode(...bytes): a spread of a long key overflows the call stack.
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Decodes what {@link toBase64Url} made.
 * @returns the text, or `null` when `encoded` is not base64url of UTF-8 text
 */
export function fromBase64Url(encoded: string): string | null {
  if (!alphabet.test(encoded) || encoded.length % 4 === 1) return null;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
