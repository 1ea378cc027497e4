/**
 * Microsoft 365 "Optimize" ranges of Teams media (endpoint set 11, UDP 3478-3481), which
 * Microsoft asks VPNs to exclude from the tunnel. Microsoft publishes them through its
 * versioned endpoints web service; each list here is dated by the list it was taken from.
 */
export const M365_OPTIMIZE_LISTS = {
  '2023': {
    published: 'mid-2023 (endpoint set 11)',
    ranges: ['13.107.64.0/18', '52.112.0.0/14', '52.122.0.0/15', '2603:1063::/39'],
  },
  'before-2023': {
    published: 'before mid-2023 (endpoint set 11)',
    ranges: ['13.107.64.0/18', '52.112.0.0/14', '52.120.0.0/14', '2603:1063::/38'],
  },
} as const;

export type M365OptimizeList = keyof typeof M365_OPTIMIZE_LISTS;
export const NEWEST_M365_OPTIMIZE_LIST: M365OptimizeList = '2023';
