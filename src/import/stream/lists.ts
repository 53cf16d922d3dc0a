/** The top-level lists of a `jaavi-dataset/1` document, in the order they are written. */
export const LISTS = ['organizations', 'persons', 'memberships', 'relationships', 'interests', 'events'] as const;
export type ListKey = (typeof LISTS)[number];
export const isList = (key: string): key is ListKey => (LISTS as readonly string[]).includes(key);
