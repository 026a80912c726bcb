// Pattern rules of match statements: literal, capture, wildcard, value, sequence, mapping,
// class, as- and or-patterns, as CPython's ast builds them.
import { NAME, NUMBER, type PyToken } from "../lexer/tokens.js";
import { decodeNumber } from "../lexer/numbers.js";
import type * as N from "./nodes.js";
import { LOAD, constantNode, keywordConstant, nameNode } from "./ast-build.js";
import { ExpressionRules } from "./grammar-expressions.js";
import type { Expr } from "./grammar-base.js";
import {
  K, LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE, COLON, COMMA, PLUS, MINUS, STAR, VBAR, EQUAL, DOT, DOUBLESTAR,
} from "./grammar-tokens.js";

export abstract class PatternRules extends ExpressionRules {
  patterns = this.RULE("patterns", (): N.Pattern => {
    const s = this.la();
    const first = this.SUBRULE(this.maybeStarPattern);
    let list = null as N.Pattern[] | null;
    this.MANY(() => {
      this.CONSUME(COMMA);
      list ??= [first];
      const more = this.OPTION(() => this.SUBRULE2(this.maybeStarPattern));
      if (more) list.push(more);
      else this.noDoubleComma();
    });
    const e = this.prev();
    if (list) return { _type: "MatchSequence", patterns: list, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
    if (!this.RECORDING_PHASE && first._type === "MatchStar") throw this.invalidSyntaxAt(this.la());
    return first;
  });

  maybeStarPattern = this.RULE("maybeStarPattern", (): N.Pattern => {
    return this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(STAR) as PyToken;
          const n = this.CONSUME(NAME) as PyToken;
          return { _type: "MatchStar", name: n.image === "_" ? null : n.image, lineno: star.line, col_offset: star.col, end_lineno: n.endLine, end_col_offset: n.endCol };
        },
      },
      { ALT: () => this.SUBRULE(this.pattern) },
    ]);
  });

  /** as_pattern | or_pattern */
  pattern = this.RULE("pattern", (): N.Pattern => {
    const s = this.la();
    const p = this.SUBRULE(this.orPattern);
    const asName = this.OPTION(() => {
      this.CONSUME(K.as);
      return this.CONSUME(NAME) as PyToken;
    });
    if (!asName) return p;
    if (!this.RECORDING_PHASE && asName.image === "_") throw this.errorAtToken("cannot use '_' as a target", asName);
    return { _type: "MatchAs", pattern: p, name: asName.image, lineno: s.line, col_offset: s.col, end_lineno: asName.endLine, end_col_offset: asName.endCol };
  });

  orPattern = this.RULE("orPattern", (): N.Pattern => {
    const s = this.la();
    const first = this.SUBRULE(this.closedPattern);
    let alts = null as N.Pattern[] | null;
    this.MANY(() => {
      this.CONSUME(VBAR);
      (alts ??= [first]).push(this.SUBRULE2(this.closedPattern));
    });
    if (!alts) return first;
    const e = this.prev();
    return { _type: "MatchOr", patterns: alts, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  /** The capture pattern most recently built from a lone NAME, for keyword patterns. */
  protected lastCapture: { node: N.Pattern; name: string } | null = null;

  closedPattern = this.RULE("closedPattern", (): N.Pattern => {
    const s = this.la();
    return this.OR([
      {
        ALT: () => {
          const value = this.SUBRULE(this.literalNumberExpr);
          return this.matchValue(value, s);
        },
      },
      {
        ALT: () => {
          const value = this.SUBRULE(this.stringAtom);
          return this.matchValue(value, s);
        },
      },
      {
        ALT: () => {
          const t = this.OR2([
            { ALT: () => this.CONSUME(K.None) },
            { ALT: () => this.CONSUME(K.True) },
            { ALT: () => this.CONSUME(K.False) },
          ]) as PyToken;
          return { _type: "MatchSingleton", value: keywordConstant(t.image), lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
        },
      },
      { ALT: () => this.SUBRULE(this.namePattern) },
      { ALT: () => this.SUBRULE(this.parenPattern) },
      {
        ALT: () => {
          this.CONSUME(LSQB);
          const list: N.Pattern[] = [];
          this.OPTION(() => {
            list.push(this.SUBRULE(this.maybeStarPattern));
            this.MANY(() => {
              this.CONSUME(COMMA);
              const more = this.OPTION2(() => this.SUBRULE2(this.maybeStarPattern));
              if (more) list.push(more);
              else this.noDoubleComma();
            });
          });
          const e = this.CONSUME(RSQB) as PyToken;
          return { _type: "MatchSequence", patterns: list, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
        },
      },
      { ALT: () => this.SUBRULE(this.mappingPattern) },
    ]);
  });

  protected matchValue(value: Expr, s: PyToken): N.MatchValue {
    const e = this.prev();
    return { _type: "MatchValue", value, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  /** signed_number, or a complex literal `-1+2j`, as the expression ast keeps for it. */
  literalNumberExpr = this.RULE("literalNumberExpr", (): Expr => {
    const s = this.la();
    const neg = this.OPTION(() => this.CONSUME(MINUS) as PyToken);
    const n = this.CONSUME(NUMBER) as PyToken;
    let value: Expr = constantNode(this.RECORDING_PHASE ? { kind: "None" } : decodeNumber(n.image), null, n, n);
    if (neg) value = { _type: "UnaryOp", op: { _type: "USub" }, operand: value, lineno: neg.line, col_offset: neg.col, end_lineno: n.endLine, end_col_offset: n.endCol };
    this.OPTION2(() => {
      const op = this.OR([{ ALT: () => this.CONSUME(PLUS) }, { ALT: () => this.CONSUME2(MINUS) }]) as PyToken;
      const im = this.CONSUME2(NUMBER) as PyToken;
      if (this.RECORDING_PHASE) return;
      const left = value;
      const real = left._type === "UnaryOp" ? (left.operand as N.Constant).value : (left as N.Constant).value;
      if (real.kind === "complex") throw this.errorAtToken("real number required in complex literal", n);
      const imag = decodeNumber(im.image);
      const right = constantNode(imag, null, im, im);
      if (imag.kind !== "complex") throw this.errorAtNode("imaginary number required in complex literal", right);
      value = {
        _type: "BinOp", left, op: op.image === "+" ? { _type: "Add" } : { _type: "Sub" }, right,
        lineno: s.line, col_offset: s.col, end_lineno: im.endLine, end_col_offset: im.endCol,
      };
    });
    return value;
  });

  /** Capture, wildcard, value (dotted name) and class patterns. */
  namePattern = this.RULE("namePattern", (): N.Pattern => {
    const n = this.CONSUME(NAME) as PyToken;
    let dotted = null as Expr | null;
    this.MANY(() => {
      this.CONSUME(DOT);
      const a = this.CONSUME2(NAME) as PyToken;
      const base: Expr = dotted ?? nameNode(n);
      dotted = { _type: "Attribute", value: base, attr: a.image, ctx: LOAD, lineno: n.line, col_offset: n.col, end_lineno: a.endLine, end_col_offset: a.endCol };
    });
    const cls = this.OPTION(() => this.SUBRULE(this.classPatternArgs));
    if (this.RECORDING_PHASE) return null as unknown as N.Pattern;
    if (cls) {
      const e = this.prev();
      return {
        _type: "MatchClass", cls: dotted ?? nameNode(n), patterns: cls.patterns, kwd_attrs: cls.kwd_attrs, kwd_patterns: cls.kwd_patterns,
        lineno: n.line, col_offset: n.col, end_lineno: e.endLine, end_col_offset: e.endCol,
      };
    }
    if (dotted) return this.matchValue(dotted, n);
    const node: N.MatchAs = { _type: "MatchAs", pattern: null, name: n.image === "_" ? null : n.image, lineno: n.line, col_offset: n.col, end_lineno: n.endLine, end_col_offset: n.endCol };
    this.lastCapture = { node, name: n.image };
    return node;
  });

  classPatternArgs = this.RULE("classPatternArgs", () => {
    const patterns: N.Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: N.Pattern[] = [];
    const add = (item: [N.Pattern, string | null]) => {
      if (this.RECORDING_PHASE) return;
      const [p, kw] = item;
      if (kw !== null) {
        kwd_attrs.push(kw);
        kwd_patterns.push(p);
      } else {
        if (kwd_attrs.length) throw this.errorAtNode("positional patterns follow keyword patterns", p);
        patterns.push(p);
      }
    };
    this.CONSUME(LPAR);
    this.OPTION(() => {
      add(this.SUBRULE(this.classPatternArg));
      this.MANY(() => {
        this.CONSUME(COMMA);
        const more = this.OPTION2(() => this.SUBRULE2(this.classPatternArg));
        if (more) add(more);
        else this.noDoubleComma();
      });
    });
    this.CONSUME(RPAR);
    return { patterns, kwd_attrs, kwd_patterns };
  });

  /** A class pattern's argument: a pattern, or `name=pattern` (then the name comes back). */
  classPatternArg = this.RULE("classPatternArg", (): [N.Pattern, string | null] => {
    const p = this.SUBRULE(this.pattern);
    let name = "";
    const kw = this.OPTION(() => {
      const eq = this.CONSUME(EQUAL) as PyToken;
      if (!this.RECORDING_PHASE && (this.lastCapture === null || this.lastCapture.node !== p)) throw this.invalidSyntaxAt(eq);
      name = this.lastCaptureName(p);
      return this.SUBRULE2(this.pattern);
    });
    return kw ? [kw, name] : [p, null];
  });

  protected lastCaptureName(p: N.Pattern): string {
    return this.lastCapture && this.lastCapture.node === p ? this.lastCapture.name : "";
  }

  parenPattern = this.RULE("parenPattern", (): N.Pattern => {
    const l = this.CONSUME(LPAR) as PyToken;
    let list = null as N.Pattern[] | null;
    let first = undefined as N.Pattern | undefined;
    this.OPTION(() => {
      first = this.SUBRULE(this.maybeStarPattern);
      this.MANY(() => {
        this.CONSUME(COMMA);
        list ??= [first!];
        const more = this.OPTION2(() => this.SUBRULE2(this.maybeStarPattern));
        if (more) list.push(more);
        else this.noDoubleComma();
      });
    });
    const r = this.CONSUME(RPAR) as PyToken;
    if (first && !list) {
      if (!this.RECORDING_PHASE && first._type === "MatchStar") throw this.invalidSyntaxAt(r);
      return first; // a group
    }
    return { _type: "MatchSequence", patterns: list ?? (first ? [first] : []), lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol };
  });

  mappingPattern = this.RULE("mappingPattern", (): N.MatchMapping => {
    const l = this.CONSUME(LBRACE) as PyToken;
    const keys: Expr[] = [];
    const patterns: N.Pattern[] = [];
    let rest = null as string | null;
    const add = (item: [Expr | null, N.Pattern | string]) => {
      if (this.RECORDING_PHASE) return;
      const [k, p] = item;
      if (k === null) rest = p as string;
      else {
        keys.push(k);
        patterns.push(p as N.Pattern);
      }
    };
    this.OPTION(() => {
      add(this.SUBRULE(this.mappingItem));
      this.MANY(() => {
        this.CONSUME(COMMA);
        // `**rest` comes last
        if (!this.RECORDING_PHASE && rest !== null && this.la().tokenType !== RBRACE) throw this.invalidSyntaxAt(this.la());
        const more = this.OPTION2(() => this.SUBRULE2(this.mappingItem));
        if (more) add(more);
        else this.noDoubleComma();
      });
    });
    const r = this.CONSUME(RBRACE) as PyToken;
    return { _type: "MatchMapping", keys, patterns, rest, lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol };
  });

  /** `key: pattern`, or `**rest` (then [null, name]). */
  mappingItem = this.RULE("mappingItem", (): [Expr | null, N.Pattern | string] => {
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(DOUBLESTAR);
          const n = this.CONSUME(NAME) as PyToken;
          if (!this.RECORDING_PHASE && n.image === "_") throw this.invalidSyntaxAt(n);
          return [null, n.image];
        },
      },
      {
        ALT: () => {
          const k = this.SUBRULE(this.patternKey);
          this.CONSUME(COLON);
          return [k, this.SUBRULE(this.pattern)];
        },
      },
    ]);
  });

  /** A mapping pattern's key: a literal or a dotted name. */
  patternKey = this.RULE("patternKey", (): Expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.literalNumberExpr) },
      { ALT: () => this.SUBRULE(this.stringAtom) },
      {
        ALT: () => {
          const t = this.OR2([
            { ALT: () => this.CONSUME(K.None) },
            { ALT: () => this.CONSUME(K.True) },
            { ALT: () => this.CONSUME(K.False) },
          ]) as PyToken;
          return constantNode(keywordConstant(t.image), null, t, t);
        },
      },
      {
        ALT: () => {
          const n = this.CONSUME(NAME) as PyToken;
          let value: Expr = nameNode(n);
          this.AT_LEAST_ONE(() => {
            this.CONSUME(DOT);
            const a = this.CONSUME2(NAME) as PyToken;
            value = { _type: "Attribute", value, attr: a.image, ctx: LOAD, lineno: n.line, col_offset: n.col, end_lineno: a.endLine, end_col_offset: a.endCol };
          });
          return value;
        },
      },
    ]);
  });
}
