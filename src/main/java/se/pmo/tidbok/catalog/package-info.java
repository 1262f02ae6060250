/**
 * The appointment-type catalog: the PMO table in PostgreSQL, held in memory as an
 * immutable snapshot that every read is served from, and the public read API.
 */
package se.pmo.tidbok.catalog;
