/**
 * Minimal structured logger (one JSON line per event on stderr). Silent under Jest unless
 * LOG_LEVEL is set, so test output stays readable.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = (): number => {
  const configured = process.env.LOG_LEVEL as Level | undefined;
  if (configured && configured in ORDER) return ORDER[configured];
  return process.env.JEST_WORKER_ID ? 100 : ORDER.info;
};

function write(level: Level, fields: Record<string, unknown>, message: string) {
  if (ORDER[level] < threshold()) return;
  const err =
    fields.err instanceof Error ? { err: { message: fields.err.message, stack: fields.err.stack } } : {};
  process.stderr.write(
    `${JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...fields, ...err })}\n`,
  );
}

export const logger = {
  debug: (fields: Record<string, unknown>, message: string) => write('debug', fields, message),
  info: (fields: Record<string, unknown>, message: string) => write('info', fields, message),
  warn: (fields: Record<string, unknown>, message: string) => write('warn', fields, message),
  error: (fields: Record<string, unknown>, message: string) => write('error', fields, message),
};
