import type { Context } from 'hono';

const rfc5987 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A file download whose Russian name travels as RFC 5987 `filename*`; old clients, which read only
 * `filename`, get the name itself when it is plain ASCII, else `fallback`.
 */
export function fileResponse(c: Context, body: Buffer, name: string, contentType: string, fallback: string): Response {
  const ascii = /^[\w .-]+$/.test(name) ? name : fallback;
  return c.body(new Uint8Array(body), 200, {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`,
  });
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name without the characters file systems refuse (/ \\ : * ? " < > |). */
export const fileSafe = (text: string) =>
  text
    .replace(/[/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
