// The value of an ast.Constant (and MatchSingleton), as the parser hands it to the compiler
// and to ast.dump. Tagged so that 1, 1.0, True and 1j stay distinct, as they are in Python.
export type ConstantValue =
  | { kind: "None" }
  | { kind: "bool"; value: boolean }
  | { kind: "Ellipsis" }
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "complex"; real: number; imag: number }
  | { kind: "str"; value: string }
  | { kind: "bytes"; value: Uint8Array };

export const NONE: ConstantValue = { kind: "None" };
export const ELLIPSIS: ConstantValue = { kind: "Ellipsis" };
