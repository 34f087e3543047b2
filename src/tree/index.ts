export { BranchHierarchy } from './BranchHierarchy.js';
export { CustomerTree } from './CustomerTree.js';
export type { TreeNode } from './CustomerTree.js';
export { TreeIndex } from './TreeIndex.js';
export type { TreeIndexResult, TreeIssue, TreeLink, TreeScope } from './TreeIndex.js';
export { MutableForest } from './MutableForest.js';
export type { MoveOutcome } from './MutableForest.js';
