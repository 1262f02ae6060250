/**
 * Times as clients write them and as the service writes them back: ISO-8601 read in the
 * calendar zone ({@link se.pmo.tidbok.time.CalendarZone}), refused with a problem naming
 * the parameter when it cannot be used, and written with that zone's offset.
 */
package se.pmo.tidbok.time;
