import heapq
from collections import defaultdict
from math import inf


def build_graph(edges):
    graph = defaultdict(list)
    for a, b, w in edges:
        graph[a].append((b, w))
        graph[b].append((a, w))
    return graph


def dijkstra(graph, source):
    dist = defaultdict(lambda: inf)
    dist[source] = 0
    previous = {}
    frontier = [(0, source)]
    seen = set()
    while frontier:
        d, node = heapq.heappop(frontier)
        if node in seen:
            continue
        seen.add(node)
        for neighbour, weight in graph[node]:
            if (candidate := d + weight) < dist[neighbour]:
                dist[neighbour] = candidate
                previous[neighbour] = node
                heapq.heappush(frontier, (candidate, neighbour))
    return dict(dist), previous


def path_to(previous, target):
    path = [target]
    while path[-1] in previous:
        path.append(previous[path[-1]])
    return path[::-1]


edges = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
         ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9)]
distances, prev = dijkstra(build_graph(edges), "A")
for node in sorted(distances):
    print(node, distances[node], " -> ".join(path_to(prev, node)))
