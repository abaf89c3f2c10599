// The one logger: JSON lines on stdout through pino, so a container runtime or a log shipper can read
// them without parsing prose. Every line made while serving a request carries its request id and, once
// the procedure chain has proven them, the user and organization ids (see request-context.ts).
// Secrets, tokens and email bodies never reach a line: `redactSecrets` runs on everything logged.
import { pino, type DestinationStream, type Level, type Logger } from "pino";
import { getEnv } from "../../env";
import { currentRequestContext } from "./request-context";

// Keys whose values are credentials or message content. Matched anywhere in a logged object.
const secretKey = /(token|secret|password|passwd|authorization|cookie|api[-_]?key|credential|signature)|^(html|text|body)$/i;
const secretInText = [
  // Bearer tokens, Resend keys and webhook secrets, and sign-in links with their token in the query.
  /\bBearer\s+[\w.~+/=-]+/gi,
  /\b(re|whsec)_[\w-]{6,}/g,
  /([?&](token|code|signature)=)[^&\s"]+/gi,
];
const REDACTED = "[redacted]";

function redactString(value: string): string {
  return secretInText.reduce(
    (text, pattern) =>
      text.replace(pattern, (match, prefix?: string) => (prefix && match.startsWith(prefix) ? `${prefix}${REDACTED}` : REDACTED)),
    value,
  );
}

export function redactSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactString(value);
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) {
    return { type: value.name, message: redactString(value.message), stack: value.stack && redactString(value.stack) };
  }
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, secretKey.test(key) ? REDACTED : redactSecrets(item, depth + 1)]),
  );
}

export function createLogger(destination?: DestinationStream, level: Level | "silent" = "info"): Logger {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => redactSecrets(object) as Record<string, unknown>,
      },
      hooks: {
        // The message string itself may carry a link or key (e.g. an error message): clean it too.
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === "string" ? redactString(arg) : arg)) as Parameters<typeof method>);
        },
      },
      mixin: () => ({ ...currentRequestContext() }),
      errorKey: "error",
    },
    destination,
  );
}

const globalForLogger = globalThis as unknown as { onwardLogger?: Logger };

export function logger(): Logger {
  globalForLogger.onwardLogger ??= createLogger(undefined, getEnv().LOG_LEVEL);
  return globalForLogger.onwardLogger;
}
