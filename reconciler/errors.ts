/**
 * The one error base class of the reconciler, and the one printer the CLI uses for it.
 *
 * A `HaloError` is an error the user can act on: a one-line message (what is wrong, naming the file, network or
 * resource), an optional hint (the next step), optional detail lines printed before it (e.g. every
 * `file:line:col` diagnostic of a tree), and a stable code for scripts. The CLI prints exactly
 *
 *     <detail lines…>
 *     halo: <message>
 *     hint: <hint>
 *
 * and never a stack trace unless `--debug`. Anything that is not a `HaloError` is a bug of halo (or of a
 * library it calls): printed the same way with its first line, plus a hint to re-run with `--debug`.
 *
 * This module imports nothing of the reconciler, so every layer (load, chain, plan, apply, ops, cli) may
 * throw its subclasses.
 */

/** The family an error belongs to; also the first part of its `code`. */
export type HaloErrorKind = "input" | "chain" | "plan" | "rpc" | "internal";

export interface HaloErrorOptions {
  /** The next step for the user (one line). */
  hint?: string;
  /** Lines printed before the message (e.g. every diagnostic of a tree). */
  details?: readonly string[];
  /** Stable identifier for scripts, e.g. `input.plan-file-missing` (default: the kind). */
  code?: string;
  /** The error this one explains (kept for `--debug`). */
  cause?: unknown;
  /** Exit code (default 1). */
  exitCode?: number;
}

export class HaloError extends Error {
  override name = "HaloError";
  readonly kind: HaloErrorKind = "internal";
  readonly code: string;
  readonly hint: string | undefined;
  readonly details: readonly string[];
  readonly exitCode: number;

  constructor(message: string, options: HaloErrorOptions = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.code = options.code ?? "";
    this.hint = options.hint;
    this.details = options.details ?? [];
    this.exitCode = options.exitCode ?? 1;
  }
}

/** Bad input: a missing or malformed file, an invalid tree or config, a bad option value. */
export class InputError extends HaloError {
  override name = "InputError";
  override readonly kind: HaloErrorKind = "input";
}

/** The chain is not what the command needs: the wrong chain id, a contract missing, a revert. */
export class ChainError extends HaloError {
  override name = "ChainError";
  override readonly kind: HaloErrorKind = "chain";
}

/** A plan cannot be used: stale, tampered with, refused by preflight, a journal conflict. */
export class PlanError extends HaloError {
  override name = "PlanError";
  override readonly kind: HaloErrorKind = "plan";
}

/** The node cannot be reached, or does not answer in time. */
export class RpcError extends HaloError {
  override name = "RpcError";
  override readonly kind: HaloErrorKind = "rpc";
}

/** The stable code of an error (`<kind>` or `<kind>.<code>`). */
export function errorCode(error: HaloError): string {
  return error.code === "" ? error.kind : error.code.startsWith(`${error.kind}.`) ? error.code : `${error.kind}.${error.code}`;
}

/** The first line of a foreign error's message (viem's `shortMessage` when it has one). */
export function shortMessage(error: unknown): string {
  if (error instanceof Error) {
    const short = (error as { shortMessage?: unknown }).shortMessage;
    const text = typeof short === "string" && short !== "" ? short : error.message;
    return text.split("\n")[0] ?? "";
  }
  return String(error).split("\n")[0] ?? "";
}

/**
 * What the CLI prints for `error` (with a trailing newline). Without `debug`: the detail lines, one
 * `halo: <message>` line and at most one `hint:` line. With `debug`: the same, then the stack and every cause.
 */
export function formatError(error: unknown, options: { debug?: boolean } = {}): string {
  const lines: string[] = [];
  if (error instanceof HaloError) {
    lines.push(...error.details);
    const [first, ...rest] = error.message.split("\n");
    lines.push(`halo: ${first ?? ""}`, ...rest);
    if (error.hint !== undefined) lines.push(`hint: ${error.hint}`);
  } else {
    lines.push(`halo: internal error: ${shortMessage(error)}`);
    if (!options.debug) lines.push("hint: this is a bug of halo; run again with --debug for the stack trace and report it");
  }
  if (options.debug) {
    let e: unknown = error;
    for (let depth = 0; e !== undefined && depth < 5; depth++) {
      lines.push(depth === 0 ? "--- debug ---" : "--- caused by ---");
      lines.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
      e = e instanceof Error ? e.cause : undefined;
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The exit code of an error (HaloError's own, else 1). */
export function exitCodeOf(error: unknown): number {
  return error instanceof HaloError ? error.exitCode : 1;
}
