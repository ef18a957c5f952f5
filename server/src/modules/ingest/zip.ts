import { Readable } from 'node:stream'
import { createInflateRaw } from 'node:zlib'

/**
 * Just enough of ZIP to read the parts of an XLSX from a buffer already in memory: the central
 * directory names each part, and a part is unzipped as a stream whose output is counted, so a
 * part that claims 1 KB and inflates to gigabytes is stopped as it grows (the sizes in the
 * directory are the sender's word). Encrypted and ZIP64 archives are not spreadsheets we read.
 */

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  localOffset: number
}

export class ZipError extends Error {}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** More parts than any workbook has: a directory this long is not read. */
const MAX_ENTRIES = 10_000

export function zipEntries(bytes: Buffer): Map<string, ZipEntry> {
  // The end record is 22 bytes plus a comment of up to 65 535.
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i
      break
    }
  if (end < 0) throw new ZipError('no end of central directory')
  const count = bytes.readUInt16LE(end + 10)
  let p = bytes.readUInt32LE(end + 16)
  if (count === 0xffff || p === 0xffffffff) throw new ZipError('ZIP64')
  if (count > MAX_ENTRIES) throw new ZipError('too many entries')
  const entries = new Map<string, ZipEntry>()
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL)
      throw new ZipError('bad central directory')
    const flags = bytes.readUInt16LE(p + 8)
    if (flags & 1) throw new ZipError('encrypted')
    const nameLength = bytes.readUInt16LE(p + 28)
    const entry: ZipEntry = {
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      localOffset: bytes.readUInt32LE(p + 42),
    }
    if (entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff)
      throw new ZipError('ZIP64')
    entries.set(entry.name, entry)
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32)
  }
  return entries
}

/** The part's bytes as they unzip; `count` sees every chunk first and may throw to stop. */
export async function* unzipEntry(
  bytes: Buffer,
  entry: ZipEntry,
  count: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  const p = entry.localOffset
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== LOCAL)
    throw new ZipError('bad local header')
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28)
  const data = bytes.subarray(start, start + entry.compressedSize)
  if (data.length !== entry.compressedSize) throw new ZipError('truncated')
  if (entry.method === 0) {
    count(data.length)
    yield data
    return
  }
  if (entry.method !== 8) throw new ZipError(`compression method ${entry.method}`)
  const inflate = Readable.from([data], { objectMode: false }).pipe(createInflateRaw())
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      count(chunk.length)
      yield chunk
    }
  } finally {
    inflate.destroy()
  }
}
