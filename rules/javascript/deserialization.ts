// TypeScript cases for rules/javascript/deserialization.yaml.
import { unserialize } from 'node-serialize'
import { deserialize } from 'serialize-to-js'

export function restore(payload: string): unknown {
  // ruleid: js-deserialize-node-serialize
  return unserialize(payload)
}

export function restoreConfig(text: string): unknown {
  // ruleid: js-deserialize-node-serialize
  return deserialize(text)
}

export function restoreSafely(payload: string): unknown {
  // ok: js-deserialize-node-serialize
  return JSON.parse(payload)
}
