/**
 * Facts filed by id, each written once: as its key. Each record is given that key as its `id`, so the
 * two can never disagree (no test has to keep them equal). The records are the same objects, only
 * completed: a fact filed in two tables (an emergency line among the helplines) stays one fact.
 */
export function withIds<K extends string, T extends { id: string }>(records: Record<K, Omit<T, 'id'>>): Record<K, T> {
  for (const [id, record] of Object.entries(records)) Object.assign(record as object, { id })
  return records as Record<K, T>
}
