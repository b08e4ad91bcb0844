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
  const nul = bytes.indexOf(0)
  if (nul !== -1) return {ok: false, reason: 'binary content (NUL byte), not a text article', byte: nul}
  let value: string
  try {
    value = utf8.decode(bytes)
  } catch {
    const byte = firstInvalidByte(bytes)
    return {ok: false, reason: `invalid UTF-8 at byte ${byte}`, byte}
  }
  if (value.charCodeAt(0) === 0xfeff) value = value.slice(1)
  const controls = countControls(value)
  if (controls > 8 && controls > value.length / 100) {
    return {ok: false, reason: 'binary content (control characters), not a text article', byte: 0}
  }
  return {ok: true, value}
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
