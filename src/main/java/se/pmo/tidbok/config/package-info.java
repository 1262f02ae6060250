/**
 * Cross-cutting beans: the one {@link java.time.Clock}, the OpenAPI description and
 * security.
 */
package se.pmo.tidbok.config;
