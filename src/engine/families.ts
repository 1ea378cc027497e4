/**
 * Whether a rule, or one of its messages, is about the estate: the families it declares
 * against the estate's (`Estate.families()`), then the products it narrows to against the
 * estate's product. The reasons are what the rules summary says once per rule.
 */
import type { EstateFamilies } from '../estate/families.js';
import { familiesInWords, familiesOf, isEveryFamily, isProduct, presetProductOf, type Family, type PresetProduct } from '../model/products.js';
import type { AnyRule } from './rule.js';

/**
 * Why a list of families is not about the estate, or undefined when it is: the estate is of
 * one of them, or the list holds every family. An estate whose families are unknown is about
 * every-family lists only: one vendor's rules stay silent without evidence of that vendor.
 */
export function notAboutFamilies(families: readonly Family[], estate: EstateFamilies): string | undefined {
  if (isEveryFamily(families)) return undefined;
  if (families.some((family) => estate.has(family))) return undefined;
  const about = `about ${familiesInWords(families)}`;
  if (estate.source === 'unknown') {
    return `${about}; nothing in the files shows ${families.length === 1 ? 'it' : 'any of them'} (settings.families or settings.product states the families)`;
  }
  return `${about}; the estate is ${familiesInWords(estate.families)} (${estate.how})`;
}

/** Why the rule does not run for the estate (its families, then its products), or undefined when it does. */
export function whyRuleIsNotAbout(rule: AnyRule, estate: EstateFamilies, product: string | undefined): string | undefined {
  const byFamily = notAboutFamilies(familiesOf(rule.meta.families), estate);
  if (byFamily) return byFamily;
  const products = rule.meta.products;
  if (products === undefined || !isProduct(product)) return undefined;
  const presetProduct: PresetProduct = presetProductOf(product);
  if (products.includes(presetProduct)) return undefined;
  return `about ${products.join(', ')} of its families; the estate's product is ${product}`;
}

/** The rule's messages that are not about the estate, each with why. */
export function messagesNotAbout(rule: AnyRule, estate: EstateFamilies): Map<string, string> {
  const found = new Map<string, string>();
  for (const [messageId, families] of Object.entries(rule.meta.messageFamilies ?? {}) as Array<[string, readonly Family[]]>) {
    const reason = notAboutFamilies(familiesOf(families), estate);
    if (reason) found.set(messageId, reason);
  }
  return found;
}
