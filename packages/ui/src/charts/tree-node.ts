import { hierarchy, type HierarchyNode } from 'd3-hierarchy';

/** A node of a hierarchy for Treemap and Sunburst: groups have children, leaves a value (or count 1 without one). */
export interface TreeNode {
  name: string;
  value?: number;
  children?: TreeNode[];
}

/** Whether any node carries a value: a taxonomy without values is drawn by names only. */
export function hasValues(node: TreeNode): boolean {
  return node.value != null || (node.children ?? []).some(hasValues);
}

/** The hierarchy summed over its leaves (a leaf without a value counts 1) and sorted largest first. */
export function sizedHierarchy(data: TreeNode): HierarchyNode<TreeNode> {
  return hierarchy(data)
    .sum((d) => (d.children ? 0 : (d.value ?? 1)))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
}
