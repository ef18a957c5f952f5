// Any operation can learn that the session is gone; the app shell listens and shows the login.
type Listener = () => void
const listeners = new Set<Listener>()

export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function emitUnauthenticated(): void {
  for (const listener of [...listeners]) listener()
}
