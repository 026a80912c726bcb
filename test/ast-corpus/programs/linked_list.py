class LinkedList:
    class _Node:
        __slots__ = "value", "next"

        def __init__(self, value, next=None):
            self.value = value
            self.next = next

    def __init__(self, iterable=()):
        self._head = None
        self._len = 0
        for item in reversed(list(iterable)):
            self.push(item)

    def push(self, value):
        self._head = self._Node(value, self._head)
        self._len += 1

    def pop(self):
        if self._head is None:
            raise IndexError("pop from empty list")
        node, self._head = self._head, self._head.next
        self._len -= 1
        return node.value

    def __iter__(self):
        node = self._head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += len(self)
        for i, value in enumerate(self):
            if i == index:
                return value
        raise IndexError(index)

    def __reversed__(self):
        return iter(list(self)[::-1])

    def reverse(self):
        prev, node = None, self._head
        while node:
            node.next, prev, node = prev, node, node.next
        self._head = prev

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __bool__(self):
        return self._head is not None


ll = LinkedList(range(5))
ll.reverse()
print(ll, len(ll), ll[1], ll[-1], ll[1:3], list(reversed(ll)), bool(LinkedList()))
