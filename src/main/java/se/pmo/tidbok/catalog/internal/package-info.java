/**
 * The catalog's persistence, inside the catalog module: the JPA entities of the revision,
 * the types and their versions, their Spring Data repositories, and the store the catalog
 * reads and writes them through.
 */
package se.pmo.tidbok.catalog.internal;
