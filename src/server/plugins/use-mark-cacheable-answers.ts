/**
 * Marks an execution's answer ticket (handed to it by the Node listener, see `answer-cache.ts`) when
 * it ran a query without errors — never a mutation or subscription, nor a query reading state the
 * graph version does not cover (`cacheable.ts`). Only marked answers are kept.
 */
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ANSWER_TICKET, type AnswerTicket } from '../answer-cache.js';
import { isCacheableOperation } from '../cacheable.js';

export function useMarkCacheableAnswers(): Plugin {
  return {
    onExecute({ args }) {
      const ticket = (args.contextValue as { [ANSWER_TICKET]?: AnswerTicket })[ANSWER_TICKET];
      if (!ticket || !isCacheableOperation(args.schema, args.document, args.operationName)) return;
      return {
        onExecuteDone({ result }) {
          if (!(Symbol.asyncIterator in result) && !result.errors?.length) {
            ticket.cacheable = true;
            ticket.operation = getOperationAST(args.document, args.operationName)?.name?.value;
          }
        },
      };
    },
  };
}
