/** Products whose servers are Lync / Skype for Business (or their predecessors, LCS and OCS). */
export const LYNC_FAMILY_PRODUCTS = new Set(['lcs2005', 'ocs2007r2', 'lync2010', 'lync2013', 'sfb2015', 'sfb2019']);

export function isLyncFamily(product: string | undefined): boolean {
  return product !== undefined && LYNC_FAMILY_PRODUCTS.has(product);
}
