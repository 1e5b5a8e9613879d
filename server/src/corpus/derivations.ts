// Values derived from the whole corpus (an entity's hover card, its sorted mentions), kept until the
// corpus changes. The large ones are computed in steps (generators that yield every few hundred
// items), so that the card warmer can make them ready a few milliseconds at a time between requests,
// and a request that needs one at once finishes the steps already taken instead of starting again.

/** A computation that yields between its steps and returns its value at the end. */
export type Steps<T> = Generator<void, T, void>;

/** A derived value: the key it is kept under, and how to compute it. */
export interface Derivation<T> {
  key: string;
  steps(): Steps<T>;
}

export class Derivations {
  private readonly values = new Map<string, unknown>();
  private readonly unfinished = new Map<string, Steps<unknown>>();

  /** The value, computed at once unless kept. */
  derive<T>(key: string, compute: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = compute();
    this.values.set(key, value);
    return value;
  }

  /** Whether the value is kept, computed to its end since the corpus last changed. */
  isKept(derivation: Derivation<unknown>): boolean {
    return this.values.has(derivation.key);
  }

  /** The value, with every step that is left taken at once. */
  now<T>(derivation: Derivation<T>): T {
    for (;;) {
      const step = this.advance(derivation);
      if (step.done) return step.value;
    }
  }

  /** Takes the next step of the value's computation; done, with the value, once it is kept. */
  advance<T>(derivation: Derivation<T>): IteratorResult<void, T> {
    const { key } = derivation;
    if (this.values.has(key)) return { done: true, value: this.values.get(key) as T };
    let steps = this.unfinished.get(key) as Steps<T> | undefined;
    if (!steps) {
      steps = derivation.steps();
      this.unfinished.set(key, steps);
    }
    const step = steps.next();
    // A value whose computation outlived a change of the corpus (`clear`) is not kept.
    if (step.done && this.unfinished.get(key) === steps) {
      this.unfinished.delete(key);
      this.values.set(key, step.value);
    }
    return step;
  }

  /** For the steps of another value: this one, a step at a time. */
  *awaiting<T>(derivation: Derivation<T>): Steps<T> {
    for (;;) {
      const step = this.advance(derivation);
      if (step.done) return step.value;
      yield;
    }
  }

  clear(): void {
    this.values.clear();
    this.unfinished.clear();
  }
}

/** Runs steps that are not kept to their end. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
