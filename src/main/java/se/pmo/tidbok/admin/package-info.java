/**
 * Changing the catalog: administrators create, update, retire and reinstate types, with
 * optimistic locking, a consistency check, and an audit trail written in the same
 * transaction.
 */
package se.pmo.tidbok.admin;
