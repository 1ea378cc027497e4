import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/model/registry.ts
function registryKey(path) {
  const upper = path.toUpperCase().replace(/\\+$/, "");
  const hive = upper.split("\\", 1)[0];
  const full = HIVE_ABBREVIATIONS[hive];
  return full ? full + upper.slice(hive.length) : upper;
}
var HIVE_ABBREVIATIONS = {
  HKLM: "HKEY_LOCAL_MACHINE",
  HKCU: "HKEY_CURRENT_USER",
  HKCR: "HKEY_CLASSES_ROOT",
  HKU: "HKEY_USERS",
  HKCC: "HKEY_CURRENT_CONFIG"
};

export {
  registryKey
};
