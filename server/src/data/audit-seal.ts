import { createHmac, randomBytes } from 'node:crypto'
import { closeSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { appendFile, readFile } from 'node:fs/promises'

/** One committed audit entry as the anchor records it. */
export interface AuditLink {
  seq: number
  hash: string
}

export interface AuditSealFiles {
  /** The HMAC key: hex, at least 32 bytes, readable by its owner only. Created when missing. */
  keyFile: string
  /** Append-only lines `seq hash`, one per committed entry. Created when missing. */
  anchorFile: string
}

const KEY = /^[0-9a-f]{64,}$/

/**
 * What makes the audit chain tamper-evident against someone who can write to the database: a key
 * the database does not hold (entries are HMACs, so an edited entry cannot be re-sealed) and an
 * anchor outside the graph (so dropping the newest entries and moving the head back is seen).
 * Both live in files beside the data directory, never in Neo4j; lose the key and the keyed
 * entries no longer verify, so it is backed up apart from the database.
 */
export class AuditSeal {
  private constructor(
    private readonly key: Buffer,
    readonly anchorFile: string,
  ) {}

  /**
   * Reads the key (creating it, 0600, on first start) and makes sure the anchor file exists.
   * Refuses a key file that others may read: whoever reads it can re-seal a rewritten chain.
   */
  static open(files: AuditSealFiles): AuditSeal {
    try {
      // 'wx' fails when the file exists, so two processes starting at once keep one key.
      writeFileSync(files.keyFile, `${randomBytes(32).toString('hex')}\n`, {
        flag: 'wx',
        mode: 0o600,
      })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
    if ((statSync(files.keyFile).mode & 0o077) !== 0)
      throw new Error(
        `${files.keyFile}: the audit key must be readable by its owner only (chmod 600)`,
      )
    const hex = readFileSync(files.keyFile, 'utf8').trim().toLowerCase()
    if (!KEY.test(hex))
      throw new Error(`${files.keyFile}: the audit key must be at least 64 hex digits (32 bytes)`)
    closeSync(openSync(files.anchorFile, 'a', 0o600))
    return new AuditSeal(Buffer.from(hex, 'hex'), files.anchorFile)
  }

  /** HMAC-SHA256, hex; the purpose keeps an entry's MAC from passing for a justification's. */
  mac(purpose: 'entry' | 'justification', text: string): string {
    return createHmac('sha256', this.key).update(`${purpose}\0${text}`).digest('hex')
  }

  /**
   * Records committed entries. Called only after the transaction that appended them committed:
   * an anchor line for an entry that rolled back would read as a truncation.
   */
  async anchor(links: AuditLink[]): Promise<void> {
    if (!links.length) return
    // One write with O_APPEND: lines from several processes sharing the file do not interleave.
    await appendFile(this.anchorFile, links.map((l) => `${l.seq} ${l.hash}\n`).join(''), {
      mode: 0o600,
    })
  }

  /**
   * Every anchored entry. A last line without its newline is a write cut short by a crash (the
   * entry committed, its anchor did not) and is skipped; any other unreadable line throws.
   */
  async anchored(): Promise<AuditLink[]> {
    const text = await readFile(this.anchorFile, 'utf8')
    const lines = text.split('\n')
    lines.pop() // '' after the last newline, or the cut-short line
    return lines.map((line, i) => {
      const m = /^(\d+) ([0-9a-f]{64})$/.exec(line)
      if (!m) throw new Error(`${this.anchorFile}: line ${i + 1} is not "seq hash"`)
      return { seq: Number(m[1]), hash: m[2] as string }
    })
  }
}
