/**
 * How large a document becomes once planned: its field selections counted after expanding every
 * fragment (named or inline) and, below each field of an abstract type (an interface or a union),
 * once for every object type that may appear there.
 *
 * This is the work a query planner that specialises per type does before the first field
 * resolves (graphql-jit generates code for each possible type of each abstract selection), and it
 * is NOT what the cost model measures: the cost model (`query-cost.ts`) bounds execution, where
 * each object has one type, so it rightly counts `... on Entity { replacedBy { … } }` once per
 * level. Planning multiplies by the number of possible types at every level, so a 200-byte document
 * of cost 12 can expand to millions of selections. Counting remembers what it has expanded and
 * stops once past the cap, so measuring stays cheap whatever the document.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLError,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { codedError } from './errors.js';

/**
 * Nesting deeper than this is only reachable through a fragment cycle (invalid anyway, and far
 * beyond the depth limit); it counts as over any cap rather than recursing on.
 */
const MAX_NESTING = 64;

class CapExceeded extends Error {}

/**
 * The expanded size of the given operations of `document`, together: a number no greater than
 * `cap + 1`, which means "more than cap".
 */
export function operationsExpandedSize(
  schema: GraphQLSchema,
  document: DocumentNode,
  selected: readonly OperationDefinitionNode[],
  cap: number,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  let count = 0;

  const matches = (condition: string | undefined, type: GraphQLObjectType): boolean => {
    if (!condition || condition === type.name) return true;
    const conditionType = schema.getType(condition);
    return conditionType !== undefined && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
  };

  /** Fields by response key, as an executor collects them for one object type (each fragment once). */
  const collect = (selectionSets: readonly SelectionSetNode[], type: GraphQLObjectType): Map<string, FieldNode[]> => {
    const fields = new Map<string, FieldNode[]>();
    const visited = new Set<string>();
    const visit = (selectionSet: SelectionSetNode) => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const list = fields.get(key);
          if (list) list.push(selection);
          else fields.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (matches(selection.typeCondition?.name.value, type)) visit(selection.selectionSet);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (visited.has(name) || !fragment) continue;
          visited.add(name);
          if (matches(fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
        }
      }
    };
    for (const selectionSet of selectionSets) visit(selectionSet);
    return fields;
  };

  // The same selections under the same type always expand alike (`replacedBy { … }` below each of
  // Entity's types, say): remembering each such pair keeps counting polynomial in the document's
  // length even when the count itself is exponential.
  const ids = new Map<SelectionSetNode, number>();
  const idOf = (selectionSet: SelectionSetNode) => {
    let id = ids.get(selectionSet);
    if (id === undefined) {
      id = ids.size;
      ids.set(selectionSet, id);
    }
    return id;
  };
  const known = new Map<string, number>();

  const expandFor = (selectionSets: readonly SelectionSetNode[], type: GraphQLObjectType, nesting: number): number => {
    const key = `${type.name}:${selectionSets.map(idOf).join(',')}`;
    const remembered = known.get(key);
    if (remembered !== undefined) return remembered;
    if (nesting > MAX_NESTING) throw new CapExceeded();
    const definitions = type.getFields();
    let size = 0;
    for (const nodes of collect(selectionSets, type).values()) {
      size += 1;
      const returnType = definitions[nodes[0]!.name.value]?.type;
      const named = returnType && getNamedType(returnType);
      const subSelections = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      if (named && isCompositeType(named) && subSelections.length > 0) size += expand(subSelections, named, nesting + 1);
      if (size > cap) throw new CapExceeded();
    }
    known.set(key, size);
    return size;
  };

  const expand = (selectionSets: readonly SelectionSetNode[], parent: GraphQLCompositeType, nesting: number): number => {
    let size = 0;
    for (const type of isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent]) {
      size += expandFor(selectionSets, type, nesting);
      if (size > cap) throw new CapExceeded();
    }
    return size;
  };

  try {
    for (const operation of selected) {
      const root = schema.getRootType(operation.operation);
      if (root) count += expand([operation.selectionSet], root, 0);
      if (count > cap) return cap + 1;
    }
  } catch (error) {
    if (error instanceof CapExceeded) return cap + 1;
    throw error;
  }
  return count;
}

/** Whether some fragment spreads itself, directly or through others (graphql-js refuses such a document itself). */
export function hasFragmentCycle(document: DocumentNode): boolean {
  const spreads = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const names: string[] = [];
    visit(definition.selectionSet, { FragmentSpread: (spread) => void names.push(spread.name.value) });
    spreads.set(definition.name.value, names);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const cyclic = (name: string): boolean => {
    const seen = state.get(name);
    if (seen) return seen === 'visiting';
    state.set(name, 'visiting');
    const found = (spreads.get(name) ?? []).some(cyclic);
    state.set(name, 'done');
    return found;
  };
  return [...spreads.keys()].some(cyclic);
}

export function queryTooComplex(limit: number): GraphQLError {
  return codedError(
    'QUERY_TOO_COMPLEX',
    `query expands to more than ${limit.toLocaleString('en-US')} fields once its fragments are expanded and each selection on an interface or union is counted for every possible type`,
    { limit },
  );
}

/**
 * The expanded size as a planner that does not merge repeated fragment spreads sees it: like
 * `operationsExpandedSize`, but a fragment spread twice in one selection counts twice (graphql-js's executor
 * collects each fragment once per selection; graphql-jit's compiler expands every spread, so twelve
 * fragments each spreading the next four times compile 4^12 times over). Remembered per selection
 * and type, so it is counted in time proportional to the document, whatever the count.
 */
export function expandedSizeWithRepeats(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  cap: number,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  const root = operation && schema.getRootType(operation.operation);
  if (!root) return 0;
  const matches = (condition: string | undefined, type: GraphQLObjectType): boolean => {
    if (!condition || condition === type.name) return true;
    const conditionType = schema.getType(condition);
    return conditionType !== undefined && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
  };
  const known = new Map<SelectionSetNode, Map<string, number>>();
  const inProgress = new Set<string>();
  const sizeOf = (selectionSet: SelectionSetNode, type: GraphQLObjectType, nesting: number): number => {
    let byType = known.get(selectionSet);
    const remembered = byType?.get(type.name);
    if (remembered !== undefined) return remembered;
    if (nesting > MAX_NESTING) return cap + 1;
    let size = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        size += 1;
        const field = type.getFields()[selection.name.value];
        const named = field && getNamedType(field.type);
        if (selection.selectionSet && named && isCompositeType(named)) {
          for (const possible of isAbstractType(named) ? schema.getPossibleTypes(named) : [named as GraphQLObjectType]) {
            size += sizeOf(selection.selectionSet, possible, nesting + 1);
            if (size > cap) break;
          }
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (matches(selection.typeCondition?.name.value, type)) size += sizeOf(selection.selectionSet, type, nesting + 1);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || !matches(fragment.typeCondition.name.value, type)) continue;
        // A cycle is refused by validation; here it only has to end.
        const key = `${fragment.name.value}:${type.name}`;
        if (inProgress.has(key)) return cap + 1;
        inProgress.add(key);
        size += sizeOf(fragment.selectionSet, type, nesting + 1);
        inProgress.delete(key);
      }
      if (size > cap) return cap + 1;
    }
    if (!byType) {
      byType = new Map();
      known.set(selectionSet, byType);
    }
    byType.set(type.name, size);
    return size;
  };
  return Math.min(sizeOf(operation.selectionSet, root as GraphQLObjectType, 0), cap + 1);
}
