import type { SourceRange } from '../core/types.js';

export type RegistryValueType =
  | 'string' // "text"                 REG_SZ
  | 'expand' // hex(2):                REG_EXPAND_SZ (decoded to text)
  | 'multi' // hex(7):                 REG_MULTI_SZ (decoded to a list)
  | 'dword' // dword:                  REG_DWORD
  | 'qword' // hex(b):                 REG_QWORD
  | 'binary' // hex:                   REG_BINARY
  | 'none' // hex(0):                  REG_NONE
  | 'other'; // hex(n) of another type: raw bytes with the type number

/**
 * One registry value a file writes (or deletes): a `.reg` export's line, a `reg add` command, a
 * `New-ItemProperty`/`Set-ItemProperty` call, a DSC `Registry` resource, a Registry.pol entry.
 * Key paths use the full hive names (`HKEY_LOCAL_MACHINE\Software\Policies\Microsoft\Communicator`,
 * case kept as written; a source that writes `HKLM:` or no hive at all gets the full name);
 * compare them case-insensitively (`registryKey()`).
 */
export interface RegistryValue {
  file: string;
  /** Key path as written in the `[...]` header. */
  key: string;
  /** Value name; `''` for the default value (`@`). */
  name: string;
  type: RegistryValueType;
  /** `string`/`expand`: text; `multi`: list; `dword`: number (0 to 2^32-1); `qword`: bigint; `binary`/`none`/`other`: bytes. */
  data: string | string[] | number | bigint | Uint8Array;
  /** For `other`: the number in `hex(n)`. */
  typeNumber?: number;
  /** `"Name"=-`: the export deletes the value. */
  deleted?: boolean;
  /** Where the value is written: its line(s) in an export (a `hex:` value continued with `\` spans several), the command, the resource block, the Registry.pol entry. */
  loc: SourceRange;
}

/**
 * `[-HKEY_...\Key]` in an export, `reg delete KEY /f`, `Remove-Item`, a DSC resource that makes a key
 * absent, Registry.pol's `**DeleteKeys`: the key and everything below it are deleted. With
 * `valuesOnly` (`**DelVals`, `reg delete KEY /va`), only the key's own values are.
 */
export interface RegistryKeyDeletion {
  file: string;
  key: string;
  valuesOnly?: true;
  loc: SourceRange;
}

/**
 * Where a file's registry writes come from: a regedit export; the `reg`, registry-provider
 * cmdlets and DSC resources of a PowerShell script; the `reg` lines of a batch file; a Group
 * Policy Registry.pol (PReg) file.
 */
export type RegistrySource = 'reg-export' | 'powershell' | 'batch' | 'registry-pol';

/** The registry writes of one file, in the order the file makes them. */
export interface RegistryFile {
  file: string;
  source: RegistrySource;
  /** A `.reg` export's header: `Windows Registry Editor Version 5.00` or `REGEDIT4`. */
  format?: 'regedit5' | 'regedit4';
  /** A `.reg` export's encoding. */
  encoding?: 'utf8' | 'utf16le';
  values: RegistryValue[];
  keyDeletions: RegistryKeyDeletion[];
}

/** A key path for comparison: upper-case, hive abbreviations expanded (`HKLM` to `HKEY_LOCAL_MACHINE`), no trailing backslash. */
export function registryKey(path: string): string {
  const upper = path.toUpperCase().replace(/\\+$/, '');
  const hive = upper.split('\\', 1)[0];
  const full = HIVE_ABBREVIATIONS[hive];
  return full ? full + upper.slice(hive.length) : upper;
}

const HIVE_ABBREVIATIONS: Record<string, string> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
};
