"""Topological sorting of a graph of hashable nodes: TopologicalSorter and CycleError.

Written for pygil from the documented behaviour of CPython 3.11's graphlib: nodes come out
in the order they were first added among those that are ready, and a cycle is reported
as the first one a depth-first search over the nodes (in insertion order, following
successors in the order they were added) runs into.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Node states kept in _Node.waiting_on once a node has left the "waiting" phase.
_PASSED_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ("node", "waiting_on", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting_on = 0        # predecessors not yet done, or _PASSED_OUT / _DONE
        self.successors = []


class CycleError(ValueError):
    """Subclass of ValueError raised by TopologicalSorter.prepare if cycles exist.

    The detected cycle is args[1]: a list of nodes where each is an immediate predecessor
    of the next one and the first and last are the same node."""
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None          # None until prepare()
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add a new node and its predecessors to the graph."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting_on += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles in the graph."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.waiting_on == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """Return a tuple of all the nodes that are ready."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].waiting_on = _PASSED_OUT
        self._ready.clear()
        self._passed_out += len(result)
        return result

    def is_active(self):
        """Return True if more progress can be made and False otherwise."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks a set of nodes returned by "get_ready" as processed."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.waiting_on
            if state != _PASSED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting_on = _DONE
            for succ in info.successors:
                succ_info = self._nodes[succ]
                succ_info.waiting_on -= 1
                if succ_info.waiting_on == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            # iterative depth-first search; path holds the nodes on the current route
            path = [start]
            position = {start: 0}
            pending = [iter(self._nodes[start].successors)]
            visited.add(start)
            while path:
                nxt = next(pending[-1], _END)
                if nxt is _END:
                    del position[path.pop()]
                    pending.pop()
                    continue
                if nxt in position:
                    return path[position[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                position[nxt] = len(path)
                path.append(nxt)
                pending.append(iter(self._nodes[nxt].successors))
        return None

    def static_order(self):
        """Returns an iterable of nodes in a topological order."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
