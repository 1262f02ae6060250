package se.pmo.tidbok.web;

import org.springframework.util.unit.DataSize;

/**
 * A larger request body limit than {@code tidbok.http.max-request-body} for the paths
 * under one prefix, e.g. whole catalog tables. Each module declares its own as a bean;
 * the request guard applies the limit of the longest matching prefix.
 *
 * @param pathPrefix the paths it applies to, e.g. {@code /api/v1/admin/changesets}
 * @param maxBody the largest body accepted there
 */
public record RequestBodyLimit(String pathPrefix, DataSize maxBody) {
}
