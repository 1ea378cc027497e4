// The filter lives in core, where the rules that take it as an option can reach it.
export { compileCommonNameFilter } from '../core/cn-filter.js';
