import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/model/view-words.ts
var VIEW_WORDS = {
  internal: "internal",
  inside: "internal",
  private: "internal",
  int: "internal",
  intranet: "internal",
  external: "external",
  outside: "external",
  public: "external",
  ext: "external",
  internet: "external",
  dmz: "external"
};
var DOT_SUFFIX_WORDS = new Set(Object.keys(VIEW_WORDS));
var DASH_SUFFIX_WORDS = { ...VIEW_WORDS, lan: "internal", wan: "external" };
function viewWordsIn(name) {
  return name.toLowerCase().split(/[^a-z0-9]+/).map((word) => VIEW_WORDS[word]).filter((view) => view !== void 0);
}

export {
  VIEW_WORDS,
  DOT_SUFFIX_WORDS,
  DASH_SUFFIX_WORDS,
  viewWordsIn
};
