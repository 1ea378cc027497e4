/** The Microsoft 365 Optimize ranges of a dated list (`data/m365-optimize.ts`) as an address set, made once per list. */
import { M365_OPTIMIZE_LISTS, type M365OptimizeList } from './data/m365-optimize.js';
import { AddressSet, parseAddressSpec } from '../model/ip-ranges.js';

const sets = new Map<M365OptimizeList, AddressSet>();

export function m365OptimizeSet(list: M365OptimizeList): AddressSet {
  let set = sets.get(list);
  if (set === undefined) {
    // The lists are generated from networks the update script has checked: every entry parses.
    set = AddressSet.of(M365_OPTIMIZE_LISTS[list].ranges.flatMap((text) => {
      const parsed = parseAddressSpec(text);
      return 'ranges' in parsed ? parsed.ranges : [];
    }));
    sets.set(list, set);
  }
  return set;
}
