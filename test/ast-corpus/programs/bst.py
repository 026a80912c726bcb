from typing import Any, Iterator, Optional


class TreeNode:
    def __init__(self, key, value=None):
        self.key = key
        self.value = value
        self.left: Optional["TreeNode"] = None
        self.right: Optional["TreeNode"] = None


class BinarySearchTree:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, value=None):
        if self.root is None:
            self.root = TreeNode(key, value)
            self.size = 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(key, value))
                self.size += 1
                return
            node = child

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self, node=..., depth=0) -> Iterator[tuple[Any, int]]:
        if node is ...:
            node = self.root
        if node is None:
            return
        yield from self.inorder(node.left, depth + 1)
        yield node.key, depth
        yield from self.inorder(node.right, depth + 1)

    def height(self, node=...):
        node = self.root if node is ... else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def __len__(self):
        return self.size


tree = BinarySearchTree()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    tree.insert(k, str(k))
print(list(tree), len(tree), tree.height(), 35 in tree, 36 in tree)
print(*(f"{'  ' * d}{k}" for k, d in tree.inorder()), sep="\n")
