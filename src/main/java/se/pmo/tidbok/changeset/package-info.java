/**
 * PMO's table in and out: the catalog exported in the layout PMO publishes it (and as CSV),
 * and a revised table imported as one changeset, previewed first, then applied atomically
 * from one instant, listed, and withdrawn while it is pending.
 */
package se.pmo.tidbok.changeset;
