import { GraphQLError, Kind, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Root fields that each run a whole check or audit (a meeting's facts, the engine, a stored
 * run): field counts cannot weigh them, so aliases let one request ask for fifteen checks.
 */
const EXPENSIVE = new Set(['meetingCheck', 'historicalCheck', 'meetingAudit', 'missedRecusals', 'exportDataset', 'summonsDocument']);
export const MAX_EXPENSIVE_FIELDS = 2;

/** Refuses an operation that asks for more than MAX_EXPENSIVE_FIELDS checks or audits. */
export function expensiveFieldsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      const count = node.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && EXPENSIVE.has(s.name.value)).length;
      if (count > MAX_EXPENSIVE_FIELDS) {
        context.reportError(
          new GraphQLError(`at most ${MAX_EXPENSIVE_FIELDS} checks or audits per request (this one asks for ${count})`, {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      }
    },
  };
}
