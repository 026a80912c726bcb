// Chevrotain builds a lookahead function for every OR / OPTION / MANY of the grammar when the
// parser is constructed: most of the parser's start-up time, spent on functions that a small
// program never calls (`pygil -c pass`, issue 7). This strategy builds each one on first use.
import { LLkLookaheadStrategy, type ILookaheadStrategy } from "chevrotain";

type AltOptions = Parameters<ILookaheadStrategy["buildLookaheadForAlternation"]>[0];
type OptOptions = Parameters<ILookaheadStrategy["buildLookaheadForOptional"]>[0];
type AltLookahead = ReturnType<ILookaheadStrategy["buildLookaheadForAlternation"]>;
type OptLookahead = ReturnType<ILookaheadStrategy["buildLookaheadForOptional"]>;

export class LazyLookaheadStrategy implements ILookaheadStrategy {
  private readonly llk: ILookaheadStrategy;

  constructor(maxLookahead: number) {
    this.llk = new LLkLookaheadStrategy({ maxLookahead });
  }

  validate(options: Parameters<ILookaheadStrategy["validate"]>[0]) {
    return this.llk.validate(options);
  }

  buildLookaheadForAlternation(options: AltOptions): AltLookahead {
    const llk = this.llk;
    let fn: AltLookahead | null = null;
    return function (this: unknown, alts) {
      return (fn ??= llk.buildLookaheadForAlternation(options)).call(this, alts);
    };
  }

  buildLookaheadForOptional(options: OptOptions): OptLookahead {
    const llk = this.llk;
    let fn: OptLookahead | null = null;
    return function (this: unknown) {
      return (fn ??= llk.buildLookaheadForOptional(options)).call(this);
    };
  }
}
