import * as core from '@actions/core';
import { parseDate } from '../cli.js';
import { ENVIRONMENT_VARIABLE_PATTERN } from '../config/index.js';
import { dnsServerAddress } from '../model/probe-addresses.js';

export const ANNOTATION_MODES = ['auto', 'checks', 'commands', 'none'] as const;
export const FAIL_ON = ['error', 'warning', 'never'] as const;

export interface ActionInputs {
  paths: string[];
  config?: string;
  annotations: (typeof ANNOTATION_MODES)[number];
  onlyChanged: boolean;
  failOn: (typeof FAIL_ON)[number];
  sarifFile?: string;
  summary: boolean;
  now?: Date;
  token?: string;
  audit: boolean;
  /** Directory holding the config's plugins (outside the checkout); unset: plugins are refused. */
  pluginsFrom?: string;
  /** Environment variables the config may name as PKCS#12 passwords besides `UCLINT_PKCS12_*`. */
  pkcs12PasswordEnv: string[];
  /** Probe the live DNS and TLS endpoints too (`uclint probe`); only when the input says so. */
  probe: boolean;
  /** DNS servers for the probe (as the resolver takes them); empty: the config's, else the system resolver. */
  dnsServers: string[];
}

/** Inputs as `action.yml` declares them, read in its order; every problem is collected so one run names them all. */
export function readInputs(): { inputs?: ActionInputs; problems: string[] } {
  const problems: string[] = [];
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = core.getInput(name).trim().toLowerCase() || fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`input '${name}' is '${value}'; expected one of: ${allowed.join(', ')}`);
    return fallback;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const value = core.getInput(name).trim();
    if (value === '') return fallback;
    if (/^(true|yes|on)$/i.test(value)) return true;
    if (/^(false|no|off)$/i.test(value)) return false;
    problems.push(`input '${name}' is '${value}'; expected true or false`);
    return fallback;
  };

  // One entry per line; a single line may also list several separated by spaces.
  const list = (name: string): string[] => {
    const text = core.getInput(name);
    return (text.includes('\n') ? text.split(/\r?\n/) : text.split(/\s+/)).map((p) => p.trim()).filter(Boolean);
  };
  const paths = list('paths');
  const variables = list('pkcs12-password-env');
  for (const name of variables) {
    if (!new RegExp(ENVIRONMENT_VARIABLE_PATTERN).test(name)) problems.push(`input 'pkcs12-password-env' lists '${name}', which is not the name of an environment variable`);
  }
  const dnsServers: string[] = [];
  for (const text of list('dns-servers')) {
    const address = dnsServerAddress(text);
    if (address instanceof Error) problems.push(`input 'dns-servers': ${address.message}`);
    else dnsServers.push(address);
  }
  const date = (name: string): Date | undefined => {
    const value = core.getInput(name).trim();
    const parsed = value ? parseDate(value) : undefined;
    if (value && !parsed) problems.push(`input '${name}' is '${value}'; expected a date such as 2026-11-20`);
    return parsed;
  };

  const inputs: ActionInputs = {
    paths: paths.length > 0 ? paths : ['.'],
    config: core.getInput('config').trim() || undefined,
    annotations: choice('annotations', ANNOTATION_MODES, 'auto'),
    onlyChanged: flag('only-changed', false),
    failOn: choice('fail-on', FAIL_ON, 'error'),
    sarifFile: core.getInput('sarif-file').trim() || undefined,
    summary: flag('summary', true),
    now: date('now'),
    token: core.getInput('token').trim() || undefined,
    audit: flag('audit', false),
    pluginsFrom: core.getInput('plugins-from').trim() || undefined,
    pkcs12PasswordEnv: variables,
    probe: flag('probe', false),
    dnsServers,
  };
  return problems.length > 0 ? { problems } : { inputs, problems };
}
