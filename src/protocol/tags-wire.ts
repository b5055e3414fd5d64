/**
 * `tags` on the wire: an object of string to string, at most 15 entries of at most 256
 * characters (core/names.ts LIMITS). Responses leave the field out when there are none, as
 * Azure does (keys.json GetDeletedSecret example has no `tags`).
 */
import type { Tags } from '../core/model.js';
import { validateTags } from '../core/names.js';
import { optionalObject, type JsonObject } from './body-fields.js';

/** The `tags` member of a response: present only when there are tags. */
export function tagsWire(tags: Tags): { readonly tags?: Readonly<Record<string, string>> } {
  return Object.keys(tags).length === 0 ? {} : { tags: { ...tags } };
}

/** The `tags` of a body, validated; undefined when absent or null. */
export function parseTags(body: JsonObject): Tags | undefined {
  const tags = optionalObject(body, 'tags');
  return tags === undefined ? undefined : validateTags(tags);
}
