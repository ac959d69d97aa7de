// Numeric values of Pyright's `const enum`s (parseNodes.d.ts, tokenizerTypes.d.ts, 1.1.255).
// They are erased at compile time in Pyright, so we mirror the ones we need.

export const PN = {
  Error: 0, Argument: 1, Assert: 2, Assignment: 3, AssignmentExpression: 4, AugmentedAssignment: 5,
  Await: 6, BinaryOperation: 7, Break: 8, Call: 9, Class: 10, Constant: 11, Continue: 12,
  Decorator: 13, Del: 14, Dictionary: 15, DictionaryExpandEntry: 16, DictionaryKeyEntry: 17,
  Ellipsis: 18, If: 19, Import: 20, ImportAs: 21, ImportFrom: 22, ImportFromAs: 23, Index: 24,
  Except: 25, For: 26, FormatString: 27, Function: 28, Global: 29, Lambda: 30, List: 31,
  ListComprehension: 32, ListComprehensionFor: 33, ListComprehensionIf: 34, MemberAccess: 35,
  Module: 36, ModuleName: 37, Name: 38, Nonlocal: 39, Number: 40, Parameter: 41, Pass: 42,
  Raise: 43, Return: 44, Set: 45, Slice: 46, StatementList: 47, StringList: 48, String: 49,
  Suite: 50, Ternary: 51, Tuple: 52, Try: 53, TypeAnnotation: 54, UnaryOperation: 55, Unpack: 56,
  While: 57, With: 58, WithItem: 59, Yield: 60, YieldFrom: 61, FunctionAnnotation: 62, Match: 63,
  Case: 64, PatternSequence: 65, PatternAs: 66, PatternLiteral: 67, PatternClass: 68,
  PatternCapture: 69, PatternMapping: 70, PatternMappingKeyEntry: 71, PatternMappingExpandEntry: 72,
  PatternValue: 73, PatternClassArgument: 74,
} as const;

export const OP = {
  Add: 0, AddEqual: 1, Assign: 2, BitwiseAnd: 3, BitwiseAndEqual: 4, BitwiseInvert: 5,
  BitwiseOr: 6, BitwiseOrEqual: 7, BitwiseXor: 8, BitwiseXorEqual: 9, Divide: 10, DivideEqual: 11,
  Equals: 12, FloorDivide: 13, FloorDivideEqual: 14, GreaterThan: 15, GreaterThanOrEqual: 16,
  LeftShift: 17, LeftShiftEqual: 18, LessOrGreaterThan: 19, LessThan: 20, LessThanOrEqual: 21,
  MatrixMultiply: 22, MatrixMultiplyEqual: 23, Mod: 24, ModEqual: 25, Multiply: 26,
  MultiplyEqual: 27, NotEquals: 28, Power: 29, PowerEqual: 30, RightShift: 31, RightShiftEqual: 32,
  Subtract: 33, SubtractEqual: 34, Walrus: 35, And: 36, Or: 37, Not: 38, Is: 39, IsNot: 40,
  In: 41, NotIn: 42,
} as const;

export const KW = {
  And: 0, As: 1, Assert: 2, Async: 3, Await: 4, Break: 5, Case: 6, Class: 7, Continue: 8,
  Debug: 9, Def: 10, Del: 11, Elif: 12, Else: 13, Except: 14, False: 15, Finally: 16, For: 17,
  From: 18, Global: 19, If: 20, Import: 21, In: 22, Is: 23, Lambda: 24, Match: 25, None: 26,
  Nonlocal: 27, Not: 28, Or: 29, Pass: 30, Raise: 31, Return: 32, True: 33, Try: 34, While: 35,
  With: 36, Yield: 37,
} as const;

/** Pyright ArgumentCategory / ParameterCategory. */
export const CAT = { Simple: 0, List: 1, Dict: 2 } as const;

/** Pyright StringTokenFlags. */
export const SF = {
  Raw: 8, Unicode: 16, Bytes: 32, Format: 64, Unterminated: 65536,
} as const;

/** Loose view of a Pyright parse node: we read fields by name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PNode = any;
