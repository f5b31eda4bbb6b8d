/**
 * Refuses documents whose shape is abusive before they are validated further or executed, with
 * GraphQL Armor: depth, aliases, tokens and directives. Each refusal names the measured value and
 * the limit and carries its own `extensions.code`.
 */
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type ApiErrorCode, codedError } from '../../schema/errors.js';
import type { Limits } from '../limits.js';

/** Armor's own errors read "Syntax Error: …" and carry no code; ours say what was refused. */
function refusal(code: ApiErrorCode) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const refused = codedError(code, error.message.replace(/^Syntax Error: /, ''));
    // Validation rules report; the token count runs inside the parser, where only throwing stops it.
    if (context) context.reportError(refused);
    else throw refused;
  };
}

export function queryShapeLimits(limits: Limits): Plugin[] {
  return [
    maxTokensPlugin({ n: limits.maxTokens, onReject: [refusal('TOO_MANY_TOKENS')], propagateOnRejection: false }),
    maxDepthPlugin({
      n: limits.maxDepth,
      flattenFragments: true,
      onReject: [refusal('QUERY_TOO_DEEP')],
      propagateOnRejection: false,
    }),
    maxAliasesPlugin({ n: limits.maxAliases, onReject: [refusal('TOO_MANY_ALIASES')], propagateOnRejection: false }),
    maxDirectivesPlugin({
      n: limits.maxDirectives,
      onReject: [refusal('TOO_MANY_DIRECTIVES')],
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
