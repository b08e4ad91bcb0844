/**
 * decode: turn the bytes of an article file into its text, or say precisely why that is not possible.
 *
 * The text is UTF-8. A leading byte order mark is removed (offsets count from the character after
 * it); CRLF line ends and no-break spaces are kept as they are, so offsets stay true to the file.
 */

/** The decoded text, or the reason and byte offset where decoding failed. */
export type Decoded = {ok: true; value: string} | {ok: false; reason: string; byte: number}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/**
 * Decode article bytes.
 *
 * Rejects binary content (a NUL byte, or many control characters) and invalid UTF-8, naming the
 * byte offset of the first offending byte.
 */
export function decode(bytes: Uint8Array): Decoded {
  const utf16 = utf16Order(bytes)
  if (utf16) return {ok: false, reason: `UTF-16 (${utf16}) text, not UTF-8: save the file as UTF-8`, byte: 0}
  const nul = bytes.indexOf(0)
  if (nul !== -1) return {ok: false, reason: 'binary content (NUL byte), not a text article', byte: nul}
  let value: string
  try {
    value = utf8.decode(bytes)
  } catch {
    const byte = firstInvalidByte(bytes)
    const where = `invalid UTF-8 at byte ${byte} (line ${lineOf(bytes, byte)})`
    if (looksLikeLatin1(bytes)) return {ok: false, reason: `${where}: the file looks like Latin-1 or Windows-1252; save it as UTF-8`, byte}
    if (controlBytes(bytes) > 8) return {ok: false, reason: `${where}: binary content, not a text article`, byte}
    return {ok: false, reason: where, byte}
  }
  if (value.charCodeAt(0) === 0xfeff) value = value.slice(1)
  const controls = countControls(value)
  if (controls > 8 && controls > value.length / 100) {
    return {ok: false, reason: 'binary content (control characters), not a text article', byte: 0}
  }
  return {ok: true, value}
}

/** `LE` or `BE` when the bytes are UTF-16: a byte order mark, or a NUL in every other byte of the start. */
function utf16Order(bytes: Uint8Array): 'LE' | 'BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE'
  const pairs = Math.min(64, Math.floor(bytes.length / 2))
  if (pairs < 4) return null
  let evenNul = 0
  let oddNul = 0
  for (let index = 0; index < pairs * 2; index += 2) {
    if (bytes[index] === 0 && bytes[index + 1] !== 0) evenNul++
    if (bytes[index + 1] === 0 && bytes[index] !== 0) oddNul++
  }
  if (oddNul >= pairs * 0.9) return 'LE'
  if (evenNul >= pairs * 0.9) return 'BE'
  return null
}

/** 1-based line of a byte offset. */
function lineOf(bytes: Uint8Array, byte: number): number {
  let line = 1
  for (let index = 0; index < byte; index++) if (bytes[index] === 0x0a) line++
  return line
}

/**
 * True when bytes that are not UTF-8 read as single-byte Western European text: mostly ASCII,
 * and the other bytes are Latin-1 letters and punctuation or Windows-1252 quotes and dashes.
 */
function looksLikeLatin1(bytes: Uint8Array): boolean {
  let high = 0
  let fitting = 0
  for (const byte of bytes) {
    if (byte < 0x80) continue
    high++
    if (byte >= 0xa0 || windows1252Punctuation.has(byte)) fitting++
  }
  return high > 0 && high <= bytes.length * 0.2 && fitting === high && controlBytes(bytes) === 0
}

/** Windows-1252 bytes 0x80–0x9F used in prose: €, ellipsis, curly quotes, dashes, œ, Œ, Ÿ, ™. */
const windows1252Punctuation = new Set([0x80, 0x85, 0x8c, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9c, 0x9f])

/** Number of C0 control bytes other than tab, line feed, carriage return and form feed. */
function controlBytes(bytes: Uint8Array): number {
  let count = 0
  for (const byte of bytes) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) count++
  return count
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] as number
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0
    if (length === 0) return index
    if (index + length > bytes.length) return index
    try {
      utf8.decode(bytes.subarray(index, index + length))
    } catch {
      return index
    }
    index += length
  }
  return index
}

/** Number of C0 control characters other than tab, line feed, carriage return and form feed. */
function countControls(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) count++
  }
  return count
}
