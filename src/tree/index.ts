export { BranchHierarchy } from './BranchHierarchy.js';
export { CustomerTree } from './CustomerTree.js';
export type { TreeNode } from './CustomerTree.js';
