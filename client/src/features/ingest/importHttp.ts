import type { ImportError, ImportProgress } from './types'

type Answer<T> = { ok: T } | { error: ImportError }

/**
 * Import requests go over REST, not GraphQL: files travel as raw bodies. The custom header
 * keeps cross-site forms out. An import streams `{"progress":…}` lines (NDJSON) before its
 * answer, which arrives as the last line.
 */
export async function importHttp<T>(
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  body?: BodyInit,
  opts: { json?: boolean; onProgress?: (p: ImportProgress) => void } = {},
): Promise<Answer<T>> {
  try {
    const res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        'x-htwb-import': '1',
        'content-type': opts.json ? 'application/json' : 'application/octet-stream',
        ...(opts.onProgress ? { accept: 'application/x-ndjson' } : {}),
      },
      body,
    })
    if (opts.onProgress && res.ok && res.body) return await readStream<T>(res.body, opts.onProgress)
    const parsed = (await res.json()) as { error?: ImportError } & T
    return parsed.error ? { error: parsed.error } : { ok: parsed }
  } catch {
    return { error: { code: 'client/network' } }
  }
}

async function readStream<T>(
  stream: ReadableStream<Uint8Array>,
  onProgress: (p: ImportProgress) => void,
): Promise<Answer<T>> {
  const reader = stream.getReader()
  const decoder = new TextDecoder()
  let buffered = ''
  let last: Answer<T> = { error: { code: 'client/network' } }
  for (;;) {
    const { value, done } = await reader.read()
    if (value) buffered += decoder.decode(value, { stream: true })
    const lines = buffered.split('\n')
    buffered = done ? '' : (lines.pop() ?? '')
    for (const line of lines.filter((l) => l.trim())) {
      const msg = JSON.parse(line) as { progress?: ImportProgress; error?: ImportError } & T
      if (msg.progress) onProgress(msg.progress)
      else last = msg.error ? { error: msg.error } : { ok: msg }
    }
    if (done) return last
  }
}
