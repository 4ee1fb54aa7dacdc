// The one error vocabulary of Slipway: every failure that reaches a client is an
// AppError with one of these codes. Docker and AWS errors are translated at the
// boundary (lib/docker/errors.ts, and later lib/aws) into these.

export const ERROR_STATUS = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
  upstream_error: 502,
  docker_unavailable: 503,
  aws_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toJSON(): { code: ErrorCode; message: string; details?: unknown } {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;

export function invalidInput(message: string, details?: unknown): AppError {
  return new AppError("invalid_input", message, details);
}

export function notFound(message: string): AppError {
  return new AppError("not_found", message);
}

export function conflict(message: string, details?: unknown): AppError {
  return new AppError("conflict", message, details);
}
