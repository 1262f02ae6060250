/**
 * The catalog's web edge: the public read API, its fast path, its headers and the records
 * it answers with. Other modules use the answer records, the filter and the read headers.
 */
@NamedInterface("web")
package se.pmo.tidbok.catalog.web;

import org.springframework.modulith.NamedInterface;
