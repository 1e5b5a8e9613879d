// A small, strict argument parser: unknown flags are errors, not silently ignored, and `--` ends
// the options (what follows is a path even if it starts with dashes).
import { UsageError } from './errors';

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export interface FlagSpec {
  /** Flags that take a value (`--format json` or `--format=json`). */
  valued: string[];
  /** Flags that stand alone (`--json`). */
  boolean: string[];
}

export function parseArgs(argv: string[], spec: FlagSpec): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inlineValue] = splitFlag(arg.slice(2));
    if (spec.boolean.includes(name)) {
      if (inlineValue !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
    } else if (spec.valued.includes(name)) {
      const value = inlineValue ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positional, flags };
}

function splitFlag(flag: string): [string, string | undefined] {
  const equals = flag.indexOf('=');
  return equals < 0 ? [flag, undefined] : [flag.slice(0, equals), flag.slice(equals + 1)];
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}
