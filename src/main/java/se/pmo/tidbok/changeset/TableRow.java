package se.pmo.tidbok.changeset;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;

/**
 * One row of a catalog table: a type as it should be.
 *
 * @param line where the row is: its line in a TSV or CSV body, its position (from 1) in a
 * JSON array
 * @param code the type's code: the one the row gives (CSV, JSON), else the one its name
 * gives
 * @param codeGiven whether the row gave the code, so that it may rename the type
 * @param details the name, description and rights, normalized as the catalog keeps them
 */
public record TableRow(int line, String code, boolean codeGiven, AppointmentTypeDetails details) {
}
