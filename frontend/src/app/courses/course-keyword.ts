/**
 * The longest search the catalogue takes, in characters. A module of its own so that the home
 * page's search box does not bring the catalogue's filter code into the first load.
 */
export const KEYWORD_MAX_LENGTH = 100;
