/**
 * Products a deployment can be (`settings.product`, a topology's `product`), and the
 * families product presets (`uclint:<family>`) and rules' `products` speak of.
 */

/** Values of `settings.product`. `cisco` is Unified CM with Expressway; the others are Microsoft's. */
export const PRODUCTS = ['lcs2005', 'ocs2007r2', 'lync2010', 'lync2013', 'sfb2015', 'sfb2019', 'teams', 'cisco'] as const;

export type Product = (typeof PRODUCTS)[number];

/** Products whose servers are Lync / Skype for Business (or their predecessors, LCS and OCS). */
export const LYNC_FAMILY_PRODUCTS: ReadonlySet<string> = new Set<Product>(['lcs2005', 'ocs2007r2', 'lync2010', 'lync2013', 'sfb2015', 'sfb2019']);

export function isLyncFamily(product: string | undefined): boolean {
  return product !== undefined && LYNC_FAMILY_PRODUCTS.has(product);
}

/**
 * Deployments with a preset of their own (`uclint:<family>`). A family is a product, except
 * `sfb`: Skype for Business Server 2015 and 2019 differ in nothing a rule checks.
 */
export const PRODUCT_FAMILIES = ['lcs2005', 'ocs2007r2', 'lync2010', 'lync2013', 'sfb', 'teams', 'cisco'] as const;

export type ProductFamily = (typeof PRODUCT_FAMILIES)[number];

/**
 * The `settings.product` a family's preset sets. `sfb` is `sfb2015`, what both versions
 * have in common; a Skype for Business Server 2019 deployment may say `product: sfb2019`.
 */
export const FAMILY_PRODUCT: Readonly<Record<ProductFamily, Product>> = {
  lcs2005: 'lcs2005',
  ocs2007r2: 'ocs2007r2',
  lync2010: 'lync2010',
  lync2013: 'lync2013',
  sfb: 'sfb2015',
  teams: 'teams',
  cisco: 'cisco',
};

/** The family a product belongs to, whose preset (`uclint:<family>`) suits a deployment of it. */
export function familyOfProduct(product: Product): ProductFamily {
  return product === 'sfb2015' || product === 'sfb2019' ? 'sfb' : product;
}

/** Live Communications Server 2005 to Skype for Business Server: rules about their servers, clients and DNS. */
export const LYNC_SERVER_FAMILIES = ['lcs2005', 'ocs2007r2', 'lync2010', 'lync2013', 'sfb'] as const satisfies readonly ProductFamily[];

/** Lync Server 2010 and later: DNS load balancing, mobility and autodiscover, separate internal and external web services. */
export const LYNC_2010_AND_LATER = ['lync2010', 'lync2013', 'sfb'] as const satisfies readonly ProductFamily[];
