/**
 * Refuses documents whose shape is abusive before they are validated further or executed, with
 * GraphQL Armor: depth, aliases, tokens and directives. Each refusal names the measured value and
 * the limit and carries its own `extensions.code`.
 */
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Limits } from '../limits.js';

export const QueryShapeErrorCode = {
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
} as const;

/** Armor's own errors read "Syntax Error: …" and carry no code; ours say what was refused. */
function refusal(code: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const refused = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code, http: { status: 400 } } });
    // Validation rules report; the token count runs inside the parser, where only throwing stops it.
    if (context) context.reportError(refused);
    else throw refused;
  };
}

export function queryShapeLimits(limits: Limits): Plugin[] {
  return [
    maxTokensPlugin({ n: limits.maxTokens, onReject: [refusal(QueryShapeErrorCode.TOO_MANY_TOKENS)], propagateOnRejection: false }),
    maxDepthPlugin({
      n: limits.maxDepth,
      flattenFragments: true,
      onReject: [refusal(QueryShapeErrorCode.QUERY_TOO_DEEP)],
      propagateOnRejection: false,
    }),
    maxAliasesPlugin({ n: limits.maxAliases, onReject: [refusal(QueryShapeErrorCode.TOO_MANY_ALIASES)], propagateOnRejection: false }),
    maxDirectivesPlugin({
      n: limits.maxDirectives,
      onReject: [refusal(QueryShapeErrorCode.TOO_MANY_DIRECTIVES)],
      propagateOnRejection: false,
    }),
  ] as Plugin[];
}

/** The four limits as one plugin: Armor's plugins, added right after it in the order above. */
export function useQueryShapeLimits(limits: Limits): Plugin {
  const armor = queryShapeLimits(limits);
  return {
    onPluginInit({ addPlugin }) {
      for (const plugin of armor) addPlugin(plugin);
    },
  };
}
