import { pino } from 'pino'

/**
 * Application log. It must never carry personal data: log ids, codes and counts, not names or
 * query texts (search text may be a person's name).
 */
export const logger = pino({
  level: process.env.WB_LOG_LEVEL ?? 'info',
  redact: { paths: ['*.password', '*.text', '*.name', 'req.headers.cookie'], censor: '[redacted]' },
})
