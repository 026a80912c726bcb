# An old-style program indented with tabs, as some editors still write it.
class Queue:
	def __init__(self):
		self.items = []

	def put(self, item):
		self.items.append(item)

	def get(self):
		if not self.items:
			raise IndexError("empty")
		return self.items.pop(0)

	def __len__(self):
		return len(self.items)


def drain(q):
	out = []
	while q:
		try:
			out.append(q.get())
		except IndexError:
			break
	return out


q = Queue()
for i in range(3):
	q.put(i * i)
print(drain(q))
