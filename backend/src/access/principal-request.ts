import type { Request } from 'express';
import type { Principal } from './principal';

/**
 * The request as the access layer sees it: the accounts feature's authentication middleware
 * sets `principal` from the session cookie before any guard runs; anonymous requests have none.
 */
export interface PrincipalRequest extends Request {
  principal?: Principal;
}
