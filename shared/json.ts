/** Reading parsed JSON of unknown shape (scanner reports, advisory records) without casts at every step. */

export type Obj = Record<string, unknown>

/** `v` as an object; `{}` for anything else (arrays, null, scalars). */
export const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {})

/** `v` as an array; `[]` for anything else. */
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/** `v` as a string; `''` for anything else. */
export const str = (v: unknown): string => (typeof v === 'string' ? v : '')
