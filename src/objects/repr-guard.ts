// Recursion guard for container reprs: a list that contains itself prints as [...].
const active = new Set<object>();

/** False when obj's repr is already being computed (print "..." instead). */
export function reprEnter(obj: object): boolean {
  if (active.has(obj)) return false;
  active.add(obj);
  return true;
}

export function reprLeave(obj: object): void {
  active.delete(obj);
}
