/** PEM text (RFC 7468): one labelled block of base64 in 64-character lines. No dependencies, so any adapter may load it at start-up. */
export function pemBlock(label: string, der: Uint8Array): string {
  const lines = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
