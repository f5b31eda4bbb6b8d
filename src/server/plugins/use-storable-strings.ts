/**
 * Refuses an operation any of whose string inputs (a literal in the document or a variable's value)
 * no store can keep or look up as it is — a NUL character, an unpaired surrogate; see
 * `unstorableReason` — with a BAD_USER_INPUT error naming the argument or variable. Without it, a
 * NUL in a slug, a filter, a search or a mutation input answered null on SQLite and an internal
 * error on PostgreSQL (which refuses NUL in text); now every string argument of every field,
 * present or future, gets the same clear answer on both stores before anything runs.
 */
import { type ArgumentNode, type DocumentNode, type GraphQLError, Kind, type ValueNode, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { unstorableReason } from '../../data/model-rules.js';
import { badUserInput } from '../../schema/errors.js';

/** The first unstorable string in a literal value, with the path to it inside the value. */
function inLiteral(value: ValueNode, path: string): { path: string; reason: string } | null {
  switch (value.kind) {
    case Kind.STRING: {
      const reason = unstorableReason(value.value);
      return reason ? { path, reason } : null;
    }
    case Kind.LIST:
      for (const [index, item] of value.values.entries()) {
        const found = inLiteral(item, `${path}[${index}]`);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of value.fields) {
        const found = inLiteral(field.value, `${path}.${field.name.value}`);
        if (found) return found;
      }
      return null;
    default:
      return null;
  }
}

/** The first unstorable string in a variable's value (JSON), with the path to it. */
function inVariable(value: unknown, path: string): { path: string; reason: string } | null {
  if (typeof value === 'string') {
    const reason = unstorableReason(value);
    return reason ? { path, reason } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = inVariable(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = inVariable(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

// Parsed documents are cached and reused, so each is walked once.
const literalProblems = new WeakMap<DocumentNode, GraphQLError | null>();

function literalProblem(document: DocumentNode): GraphQLError | null {
  if (literalProblems.has(document)) return literalProblems.get(document)!;
  let problem: GraphQLError | null = null;
  const check = (value: ValueNode, name: string) => {
    const found = problem ? null : inLiteral(value, name);
    if (found) problem = badUserInput(`\`${found.path}\` ${found.reason}`, { argument: found.path });
  };
  visit(document, {
    Argument: (node: ArgumentNode) => check(node.value, node.name.value),
    VariableDefinition: (node) => {
      if (node.defaultValue) check(node.defaultValue, `$${node.variable.name.value}`);
    },
  });
  literalProblems.set(document, problem);
  return problem;
}

function unstorableInput(document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  const problem = literalProblem(document);
  if (problem) return problem;
  for (const [name, value] of Object.entries(variables ?? {})) {
    const found = inVariable(value, `$${name}`);
    if (found) return badUserInput(`Variable \`${found.path}\` ${found.reason}`, { variable: name });
  }
  return null;
}

export function useStorableStrings(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problem = unstorableInput(args.document, args.variableValues);
      if (problem) setResultAndStopExecution({ errors: [problem] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const problem = unstorableInput(args.document, args.variableValues);
      if (problem) setResultAndStopExecution({ errors: [problem] });
    },
  };
}
