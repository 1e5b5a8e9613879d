// Errors the CLI reports as one line on stderr with a non-zero exit, never as a stack trace.
export class UsageError extends Error {}
export class InputError extends Error {}
