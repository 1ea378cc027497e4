/**
 * The products a deployment can be (`settings.product`, a topology's `product`), the
 * families they belong to (what rules say they are about, and what the engine runs rules
 * for), and the products with a preset of their own (`uclint:<name>`). Every relation
 * between the three is written here once.
 */

import { listOf } from '../core/words.js';

/** Values of `settings.product`. `cisco` is Unified CM with Expressway; the others are Microsoft's. */
export const PRODUCTS = ['lcs2005', 'ocs2007r2', 'lync2010', 'lync2013', 'sfb2015', 'sfb2019', 'teams', 'cisco'] as const;

export type Product = (typeof PRODUCTS)[number];

/**
 * What a rule can be about, and what an estate is: the servers and clients whose documented
 * behaviour decides what is right.
 * - `lync`: Lync Server 2010 and 2013, Skype for Business Server 2015 and 2019, on-premises;
 * - `legacy`: Live Communications Server 2005, Office Communications Server 2007 and 2007 R2;
 * - `teams`: Microsoft Teams in Microsoft 365 (Skype for Business Online before it), Direct Routing SBCs;
 * - `cisco`: Cisco Unified CM with Expressway (Jabber, mobile and remote access);
 * - `sip`: generic SIP, RFC 3261 and RFC 3263 providers and IMS.
 */
export const FAMILIES = ['lync', 'legacy', 'teams', 'cisco', 'sip'] as const;

export type Family = (typeof FAMILIES)[number];

/** A rule's `families`: the families it is about, or `all`. */
export type RuleFamilies = readonly Family[] | 'all';

/** Short names of the families, for messages and docs. */
export const FAMILY_TITLES: Readonly<Record<Family, string>> = {
  lync: 'Lync / Skype for Business Server',
  legacy: 'LCS / OCS',
  teams: 'Microsoft Teams',
  cisco: 'Cisco UCM / Expressway',
  sip: 'generic SIP',
};

/** The family of each product. */
export const FAMILY_OF_PRODUCT: Readonly<Record<Product, Family>> = {
  lcs2005: 'legacy',
  ocs2007r2: 'legacy',
  lync2010: 'lync',
  lync2013: 'lync',
  sfb2015: 'lync',
  sfb2019: 'lync',
  teams: 'teams',
  cisco: 'cisco',
};

export function isProduct(value: unknown): value is Product {
  return typeof value === 'string' && (PRODUCTS as readonly string[]).includes(value);
}

export function isFamily(value: unknown): value is Family {
  return typeof value === 'string' && (FAMILIES as readonly string[]).includes(value);
}

/** Whether a product is Lync / Skype for Business Server or a predecessor (LCS, OCS): families `lync` and `legacy`. */
export function isLyncFamily(product: string | undefined): boolean {
  if (!isProduct(product)) return false;
  const family = FAMILY_OF_PRODUCT[product];
  return family === 'lync' || family === 'legacy';
}

/** The families of the list (in `FAMILIES` order), `all` as every family. */
export function familiesOf(families: RuleFamilies | undefined): readonly Family[] {
  return families === undefined || families === 'all' ? FAMILIES : FAMILIES.filter((family) => families.includes(family));
}

/** True when the list names every family (`all`, absent, or each one). */
export function isEveryFamily(families: RuleFamilies | undefined): boolean {
  return familiesOf(families).length === FAMILIES.length;
}

/** `Lync / Skype for Business Server and LCS / OCS`, or `every family`. */
export function familiesInWords(families: RuleFamilies | undefined): string {
  if (isEveryFamily(families)) return 'every family';
  return listOf(familiesOf(families).map((family) => FAMILY_TITLES[family]));
}

/**
 * Products with a preset of their own (`uclint:<name>`). Each is a product, except `sfb`:
 * Skype for Business Server 2015 and 2019 differ in nothing a rule checks.
 */
export const PRESET_PRODUCTS = ['lcs2005', 'ocs2007r2', 'lync2010', 'lync2013', 'sfb', 'teams', 'cisco'] as const;

export type PresetProduct = (typeof PRESET_PRODUCTS)[number];

/**
 * The `settings.product` a preset sets. `sfb` is `sfb2015`, what both versions have in
 * common; a Skype for Business Server 2019 deployment may say `product: sfb2019`.
 */
export const PRESET_PRODUCT_SETTING: Readonly<Record<PresetProduct, Product>> = {
  lcs2005: 'lcs2005',
  ocs2007r2: 'ocs2007r2',
  lync2010: 'lync2010',
  lync2013: 'lync2013',
  sfb: 'sfb2015',
  teams: 'teams',
  cisco: 'cisco',
};

/** The preset product a product belongs to, whose preset (`uclint:<name>`) suits a deployment of it. */
export function presetProductOf(product: Product): PresetProduct {
  return product === 'sfb2015' || product === 'sfb2019' ? 'sfb' : product;
}

/** The family of a preset product. */
export function familyOfPresetProduct(product: PresetProduct): Family {
  return FAMILY_OF_PRODUCT[PRESET_PRODUCT_SETTING[product]];
}

/** Lync Server 2010 and later, as preset products: what `firewall/edge-external-ports` narrows its families to, with OCS 2007 R2. */
export const LYNC_2010_AND_LATER = ['lync2010', 'lync2013', 'sfb'] as const satisfies readonly PresetProduct[];
