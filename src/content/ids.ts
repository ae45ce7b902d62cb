/**
 * Facts filed by id, each written once: as its key. The record is given that key as its `id`, so the
 * two can never disagree (no test has to keep them equal).
 */
export function withIds<K extends string, T extends { id: string }>(records: Record<K, Omit<T, 'id'>>): Record<K, T> {
  return Object.fromEntries(Object.entries(records).map(([id, record]) => [id, { ...(record as object), id }])) as Record<K, T>
}
