/**
 * Registry values written by scripts, read from what the static readers of src/languages/powershell
 * give: `reg add` / `reg delete` lines (PowerShell scripts and batch files alike), the registry
 * provider's cmdlets (`New-ItemProperty`, `Set-ItemProperty`, `Remove-ItemProperty`, `Remove-Item`)
 * and the DSC resources that set registry values (`Registry` of PSDesiredStateConfiguration and
 * PSDscResources, `xRegistry`, `RegistryPolicyFile` of GPRegistryPolicyDsc). Each file's writes
 * become one RegistryFile, in the order the file makes them, each value at its command or resource.
 *
 * Types and data follow each writer's own rules: `reg add` takes `/t` (REG_SZ when absent) and
 * `/d` as text (`REG_DWORD` decimal or `0x` hexadecimal, `REG_MULTI_SZ` split at `\0` or `/s`);
 * the registry provider takes `-PropertyType`/`-Type` (a RegistryValueKind name) or, without one,
 * infers the kind from the value as .NET's `RegistryKey.SetValue` does (an Int32 is a DWord, a
 * string array a MultiString, anything else a String); DSC resources take `ValueType` (String when
 * absent) and `ValueData` as text (`Hex = $true` for hexadecimal DWord/QWord data).
 */
import type { Diagnostic, SourceRange } from '../../core/types.js';
import type { CommandInvocation, NativeArgument, NativeInvocation, ResourceBlock } from '../../languages/powershell/index.js';
import type { StaticValue } from '../../languages/values.js';
import type { EstateFile } from '../../model/files.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import type { RegistryFile, RegistryKeyDeletion, RegistryValue, RegistryValueType } from '../../model/registry.js';
import { bindParameters, recordLoc, scalarText } from './parameters.js';
import { namesJudgedKey } from './registry-keys.js';

type Unknown = Extract<StaticValue, { kind: 'unknown' }>;

/** Full hive names by the abbreviations `reg` and PowerShell's drives take. */
const HIVES: Readonly<Record<string, string>> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
  HKEY_LOCAL_MACHINE: 'HKEY_LOCAL_MACHINE',
  HKEY_CURRENT_USER: 'HKEY_CURRENT_USER',
  HKEY_CLASSES_ROOT: 'HKEY_CLASSES_ROOT',
  HKEY_USERS: 'HKEY_USERS',
  HKEY_CURRENT_CONFIG: 'HKEY_CURRENT_CONFIG',
};

/** `reg add /t` types, and RegistryValueKind names (the provider's `-PropertyType`, DSC's `ValueType`), to the model's. */
const REG_TYPES: Readonly<Record<string, RegistryValueType>> = {
  REG_SZ: 'string',
  REG_EXPAND_SZ: 'expand',
  REG_MULTI_SZ: 'multi',
  REG_DWORD: 'dword',
  REG_QWORD: 'qword',
  REG_BINARY: 'binary',
  REG_NONE: 'none',
};
const KIND_TYPES: Readonly<Record<string, RegistryValueType>> = {
  string: 'string',
  expandstring: 'expand',
  multistring: 'multi',
  dword: 'dword',
  qword: 'qword',
  binary: 'binary',
  none: 'none',
};

/** Parameters of the registry provider's cmdlets, lower case, with their aliases. */
const ITEM_PROPERTY_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  path: [],
  literalpath: ['pspath', 'lp'],
  name: ['pspropertyname'],
  value: [],
  propertytype: ['type'],
  force: [],
  filter: [],
  include: [],
  exclude: [],
  credential: [],
  passthru: [],
  recurse: [],
  inputobject: [],
  whatif: ['wi'],
  confirm: ['cf'],
};

const MAX_DWORD = 0xffff_ffff;
const MAX_QWORD = (1n << 64n) - 1n;

/** What one data text means for a type, or why the writer refuses it. */
type Converted = { data: RegistryValue['data'] } | { problem: string };

/** The registry writes of the files of one format (`powershell` or `batch`), one RegistryFile per file. */
export class RegistryWrites {
  readonly notes: NotCheckedNote[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly files = new Map<string, RegistryFile>();

  constructor(private readonly format: 'powershell' | 'batch') {}

  /** `reg add KEY [/v NAME | /ve] [/t TYPE] [/s SEP] [/d DATA] [/f]` and `reg delete KEY [/v NAME | /ve | /va] [/f]`. */
  native(file: EstateFile, invocation: NativeInvocation): void {
    if (invocation.program !== 'reg') return;
    const [operation, keyArg] = invocation.operands;
    const verb = operation?.value.kind === 'string' ? operation.value.value.toLowerCase() : undefined;
    if (verb !== 'add' && verb !== 'delete') return;
    const loc = recordLoc(invocation);
    if (keyArg === undefined) return;
    if (keyArg.value.kind === 'unknown') return this.note(keyArg.value, 'key', loc, undefined);
    if (keyArg.value.kind !== 'string') return;
    const key = fullKey(keyArg.value.value, 'reg');
    if (key === undefined) return;
    const switches = new Map(invocation.switches.map((s) => [s.name, s]));
    const nameSwitch = switches.get('v');
    let name: string | undefined;
    if (switches.has('ve')) name = '';
    else if (nameSwitch) {
      const value = nameSwitch.value?.value;
      if (value?.kind === 'unknown') return this.note(value, 'value name', loc, key);
      if (value?.kind !== 'string') return;
      name = value.value;
    }
    if (verb === 'delete') {
      if (name !== undefined) this.value(file, { file: file.file, key, name, type: 'none', data: new Uint8Array(0), deleted: true, loc });
      else this.keyDeletion(file, { file: file.file, key, ...(switches.has('va') ? { valuesOnly: true as const } : {}), loc });
      return;
    }
    // Without /v or /ve, `reg add` creates the key alone.
    if (name === undefined) return;
    const typeArg = switches.get('t')?.value;
    if (typeArg?.value.kind === 'unknown') return this.note(typeArg.value, 'type', loc, key);
    const typeText = typeArg?.value.kind === 'string' ? typeArg.value.value : 'REG_SZ';
    const type = REG_TYPES[typeText.toUpperCase()];
    if (type === undefined) return this.problem(key, typeArg?.loc ?? loc, `reg add /t ${typeText} is not a type reg accepts for a value uclint reads (REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ, REG_DWORD, REG_QWORD, REG_BINARY, REG_NONE); the value is not read`);
    const dataArg: NativeArgument | undefined = switches.get('d')?.value;
    if (dataArg?.value.kind === 'unknown') return this.note(dataArg.value, 'data', loc, key);
    const text = dataArg?.value.kind === 'string' ? dataArg.value.value : '';
    const separatorArg = switches.get('s')?.value;
    const separator = separatorArg?.value.kind === 'string' && separatorArg.value.value.length === 1 ? separatorArg.value.value : '\\0';
    const converted = regData(type, text, separator);
    if ('problem' in converted) return this.problem(key, dataArg?.loc ?? loc, `reg add refuses /d '${text}' for ${typeText.toUpperCase()} (${converted.problem}); the value is not written`);
    this.value(file, { file: file.file, key, name, type, data: converted.data, loc });
  }

  /** `New-ItemProperty`, `Set-ItemProperty`, `Remove-ItemProperty` and `Remove-Item` on registry paths. */
  command(file: EstateFile, invocation: CommandInvocation): void {
    const command = invocation.normalizedName;
    if (command !== 'new-itemproperty' && command !== 'set-itemproperty' && command !== 'remove-itemproperty' && command !== 'remove-item') return;
    const positional = command === 'set-itemproperty' ? ['path', 'name', 'value'] : command === 'remove-item' ? ['path'] : ['path', 'name'];
    const bound = bindParameters(invocation, ITEM_PROPERTY_PARAMETERS, positional);
    const pathValue = bound.get('path')?.value ?? bound.get('literalpath')?.value;
    if (pathValue === undefined) return;
    const loc = recordLoc(invocation);
    const paths = pathValue.kind === 'list' ? pathValue.items : [pathValue];
    const keys: string[] = [];
    for (const path of paths) {
      // A path nobody can know may or may not be the registry's: a note only when it names a hive.
      if (path.kind === 'unknown') {
        this.note(path, 'key', loc, undefined);
        continue;
      }
      if (path.kind !== 'string') continue;
      const key = fullKey(path.value, 'provider');
      if (key !== undefined) keys.push(key);
    }
    if (keys.length === 0) return;
    if (command === 'remove-item') {
      for (const key of keys) this.keyDeletion(file, { file: file.file, key, loc });
      return;
    }
    const nameValue = bound.get('name')?.value;
    if (nameValue?.kind === 'unknown') return this.note(nameValue, 'value name', loc, keys[0]);
    const names = nameValue === undefined ? [] : nameValue.kind === 'list' ? nameValue.items : [nameValue];
    if (command === 'remove-itemproperty') {
      for (const key of keys) {
        for (const item of names) if (item.kind === 'string') this.value(file, { file: file.file, key, name: item.value, type: 'none', data: new Uint8Array(0), deleted: true, loc });
      }
      return;
    }
    if (nameValue?.kind !== 'string' && nameValue?.kind !== 'number') return;
    const name = String(nameValue.value);
    const value = bound.get('value')?.value;
    if (value?.kind === 'unknown') return this.note(value, 'data', loc, keys[0]);
    const typeValue = bound.get('propertytype')?.value;
    if (typeValue?.kind === 'unknown') return this.note(typeValue, 'type', loc, keys[0]);
    let type: RegistryValueType | undefined;
    if (typeValue?.kind === 'string') {
      type = KIND_TYPES[typeValue.value.toLowerCase()];
      if (type === undefined) return this.problem(keys[0], typeValue.loc, `-PropertyType '${typeValue.value}' is not a registry value kind (String, ExpandString, MultiString, DWord, QWord, Binary, None); the value is not read`);
    }
    const converted = providerData(type, value);
    if ('problem' in converted) return this.problem(keys[0], value?.loc ?? loc, `${invocation.name} cannot write ${converted.problem}; the value is not written`);
    for (const key of keys) this.value(file, { file: file.file, key, name, type: converted.type, data: converted.data, loc });
  }

  /** DSC `Registry` / `xRegistry` / `RegistryPolicyFile` resources. */
  resource(file: EstateFile, resource: ResourceBlock): void {
    const kind = resource.type.toLowerCase().replace(/^.*\\/, '');
    if (kind !== 'registry' && kind !== 'xregistry' && kind !== 'registrypolicyfile') return;
    if (resource.properties.kind !== 'object') return;
    const property = caseInsensitive(resource.properties.entries);
    const loc = resource.loc;
    const keyValue = property('key');
    if (keyValue?.kind === 'unknown') return this.note(keyValue, 'key', loc, undefined);
    if (keyValue?.kind !== 'string') return;
    let key: string | undefined;
    if (kind === 'registrypolicyfile') {
      const target = property('targettype');
      if (target?.kind === 'unknown') return this.note(target, 'target (machine or user)', loc, keyValue.value);
      key = policyFileKey(keyValue.value, target?.kind === 'string' ? target.value : undefined);
    } else {
      key = fullKey(keyValue.value, 'provider') ?? fullKey(keyValue.value, 'reg');
    }
    if (key === undefined) return;
    const nameValue = property('valuename');
    if (nameValue?.kind === 'unknown') return this.note(nameValue, 'value name', loc, key);
    const name = nameValue?.kind === 'string' ? nameValue.value : nameValue?.kind === 'number' ? String(nameValue.value) : '';
    const ensure = property('ensure');
    if (ensure?.kind === 'unknown') return this.note(ensure, 'Ensure', loc, key);
    const absent = ensure?.kind === 'string' && ensure.value.toLowerCase() === 'absent';
    if (absent) {
      if (name === '' && kind !== 'registrypolicyfile') this.keyDeletion(file, { file: file.file, key, loc });
      else this.value(file, { file: file.file, key, name, type: 'none', data: new Uint8Array(0), deleted: true, loc });
      return;
    }
    const data = property('valuedata');
    // A resource without data and without a name makes the key alone.
    if (data === undefined && name === '') return;
    if (data?.kind === 'unknown') return this.note(data, 'data', loc, key);
    const typeValue = property('valuetype');
    if (typeValue?.kind === 'unknown') return this.note(typeValue, 'type', loc, key);
    const typeText = typeValue?.kind === 'string' ? typeValue.value : 'String';
    const type = KIND_TYPES[typeText.toLowerCase()];
    if (type === undefined || type === 'none') return this.problem(key, typeValue?.loc ?? loc, `ValueType '${typeText}' is not one the resource takes (String, ExpandString, MultiString, DWord, QWord, Binary); the value is not read`);
    const hex = property('hex');
    const texts = data === undefined ? [] : data.kind === 'list' ? data.items : [data];
    const unknown = texts.find((item): item is Unknown => item.kind === 'unknown');
    if (unknown) return this.note(unknown, 'data', loc, key);
    const converted = dscData(type, texts.map(scalarText), hex?.kind === 'bool' && hex.value);
    if ('problem' in converted) return this.problem(key, data?.loc ?? loc, `the ${resource.type} resource cannot write ValueData '${texts.map(scalarText).join(', ')}' as ${typeText} (${converted.problem}); the value is not written`);
    this.value(file, { file: file.file, key, name, type, data: converted.data, loc });
  }

  /** One RegistryFile per file that writes or deletes something, in the order the files were read. */
  finish(): RegistryFile[] {
    return [...this.files.values()];
  }

  private fileFor(file: EstateFile): RegistryFile {
    let entry = this.files.get(file.file);
    if (entry === undefined) {
      entry = { file: file.file, source: this.format, values: [], keyDeletions: [] };
      this.files.set(file.file, entry);
    }
    return entry;
  }

  private value(file: EstateFile, value: RegistryValue): void {
    this.fileFor(file).values.push(value);
  }

  private keyDeletion(file: EstateFile, deletion: RegistryKeyDeletion): void {
    this.fileFor(file).keyDeletions.push(deletion);
  }

  /**
   * A value the script cannot tell without running: a note when its key (or, when the key itself is
   * not known, the expression) names a key rules judge; other keys' values are not uclint's concern.
   */
  private note(value: Unknown, part: string, loc: SourceRange, key: string | undefined): void {
    if (!namesJudgedKey(key ?? value.expression)) return;
    this.notes.push({ format: this.format, loc, expression: value.expression, reason: `(${value.reason}): the ${part} of this registry value is not known` });
  }

  /** Data the writer refuses (the script fails there): a diagnostic for a key rules judge. */
  private problem(key: string, loc: SourceRange, message: string): void {
    if (!namesJudgedKey(key)) return;
    this.diagnostics.push({ file: loc.file, line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn, severity: 'warning', code: `${this.format}/registry-value`, message });
  }
}

/**
 * The full key path a written path names, or undefined when it is no local registry key: `reg`
 * takes `HKLM\...` and `HKEY_LOCAL_MACHINE\...` (a `\\computer\...` path is another machine's);
 * the provider takes drives (`HKLM:\...`, `HKCU:...`) and `Registry::` paths.
 */
export function fullKey(written: string, writer: 'reg' | 'provider'): string | undefined {
  let path = written.trim();
  if (writer === 'provider') {
    const provider = /^(?:Microsoft\.PowerShell\.Core\\)?Registry::/i.exec(path);
    if (provider) path = path.slice(provider[0].length);
    else {
      const drive = /^([A-Za-z_]+):\\?/.exec(path);
      if (!drive || !(drive[1].toUpperCase() in HIVES)) return undefined;
      path = `${drive[1]}\\${path.slice(drive[0].length)}`;
    }
  }
  const hive = path.split('\\', 1)[0];
  const full = HIVES[hive.toUpperCase()];
  if (full === undefined) return undefined;
  const rest = path.slice(hive.length).replace(/\\+$/, '');
  return full + rest;
}

/** GPRegistryPolicyDsc's key: the hive its TargetType gives (the computer's policy file is HKLM, the users' HKCU), else the one written. */
function policyFileKey(written: string, target: string | undefined): string | undefined {
  const withHive = fullKey(written, 'provider') ?? fullKey(written, 'reg');
  const hive = target === undefined ? undefined : target.toLowerCase() === 'computerconfiguration' ? 'HKEY_LOCAL_MACHINE' : 'HKEY_CURRENT_USER';
  if (hive === undefined) return withHive;
  const rest = withHive === undefined ? `\\${written.replace(/^\\+|\\+$/g, '')}` : withHive.slice(withHive.indexOf('\\') < 0 ? withHive.length : withHive.indexOf('\\'));
  return hive + rest;
}

function caseInsensitive(entries: Map<string, StaticValue>): (name: string) => StaticValue | undefined {
  const lower = new Map<string, StaticValue>();
  for (const [key, value] of entries) if (!lower.has(key.toLowerCase())) lower.set(key.toLowerCase(), value);
  return (name) => lower.get(name);
}

/** `reg add /d` text for a type. */
function regData(type: RegistryValueType, text: string, separator: string): Converted {
  switch (type) {
    case 'dword':
    case 'qword': {
      if (text === '') return { data: type === 'dword' ? 0 : 0n };
      return integerData(type, text, /^0x[0-9a-f]+$/i.test(text) ? 16 : 10);
    }
    case 'binary':
      return binaryData(text);
    case 'multi':
      return { data: text === '' ? [] : text.split(separator) };
    case 'none':
      return { data: new Uint8Array(Buffer.from(text, 'utf16le')) };
    default:
      return { data: text };
  }
}

/** DSC ValueData (text) for a type. */
function dscData(type: RegistryValueType, texts: string[], hex: boolean): Converted {
  if (type === 'multi') return { data: texts };
  const text = (texts[0] ?? '').trim();
  if (type === 'dword' || type === 'qword') {
    if (text === '') return { data: type === 'dword' ? 0 : 0n };
    const hexadecimal = hex || /^0x/i.test(text);
    return integerData(type, hexadecimal ? text.replace(/^0x/i, '0x') : text, hexadecimal ? 16 : 10);
  }
  if (type === 'binary') return binaryData(text);
  return { data: texts.join('') };
}

/** A DWORD or QWORD from decimal (a negative one as its two's complement) or hexadecimal text. */
function integerData(type: 'dword' | 'qword', text: string, radix: 10 | 16): Converted {
  const digits = radix === 16 ? text.replace(/^0x/i, '') : text;
  const pattern = radix === 16 ? /^[0-9a-f]{1,16}$/i : /^-?\d{1,20}$/;
  if (!pattern.test(digits)) return { problem: radix === 16 ? 'not hexadecimal' : 'not a number' };
  let value = radix === 16 ? BigInt(`0x${digits}`) : BigInt(digits);
  const max = type === 'dword' ? BigInt(MAX_DWORD) : MAX_QWORD;
  const bits = type === 'dword' ? 32n : 64n;
  if (value < 0n && value >= -(1n << (bits - 1n))) value += 1n << bits;
  if (value < 0n || value > max) return { problem: `out of range for a ${type === 'dword' ? 'DWORD' : 'QWORD'}` };
  return { data: type === 'dword' ? Number(value) : value };
}

function binaryData(text: string): Converted {
  const digits = text.replace(/^0x/i, '');
  if (digits.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(digits)) return { problem: 'not an even number of hexadecimal digits' };
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  return { data: bytes };
}

/** The registry provider's value for a kind, or the kind it infers from the value (as `RegistryKey.SetValue`). */
function providerData(type: RegistryValueType | undefined, value: StaticValue | undefined): { type: RegistryValueType; data: RegistryValue['data'] } | { problem: string } {
  if (type === undefined) {
    if (value?.kind === 'number' && Number.isInteger(value.value) && value.value >= -(2 ** 31) && value.value < 2 ** 31) return { type: 'dword', data: value.value >>> 0 };
    if (value?.kind === 'list' && value.items.every((item) => item.kind === 'string')) return { type: 'multi', data: value.items.map(scalarText) };
    return { type: 'string', data: value === undefined ? '' : scalarText(value) };
  }
  if (type === 'multi') return { type, data: value === undefined ? [] : value.kind === 'list' ? value.items.map(scalarText) : [scalarText(value)] };
  if (type === 'dword' || type === 'qword') {
    if (value === undefined) return { type, data: type === 'dword' ? 0 : 0n };
    const text = value.kind === 'bool' ? (value.value ? '1' : '0') : scalarText(value).trim();
    const converted = integerData(type, text, /^0x/i.test(text) ? 16 : 10);
    return 'problem' in converted ? { problem: `'${text}' as a ${type === 'dword' ? 'DWord' : 'QWord'} (${converted.problem})` } : { type, data: converted.data };
  }
  if (type === 'binary') {
    if (value?.kind === 'list' && value.items.every((item) => item.kind === 'number' && Number.isInteger(item.value) && item.value >= 0 && item.value <= 255)) {
      return { type, data: new Uint8Array(value.items.map((item) => (item as { value: number }).value)) };
    }
    if (value?.kind === 'number' && Number.isInteger(value.value) && value.value >= 0 && value.value <= 255) return { type, data: new Uint8Array([value.value]) };
    return value === undefined ? { type, data: new Uint8Array(0) } : { problem: `${scalarText(value) || 'this value'} as Binary (a list of bytes)` };
  }
  if (type === 'none') return { type, data: new Uint8Array(0) };
  return { type, data: value === undefined ? '' : scalarText(value) };
}
