package se.pmo.tidbok.time;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The calendar where a day matters and in which instants are shown to people: the rules'
 * zone, {@code tidbok.rules.zone}. Every module that reads or writes times for people
 * injects this bean, so the dependency is one the module model shows.
 *
 * @param zone the zone, Europe/Stockholm unless configured
 */
@ConfigurationProperties("tidbok.rules")
public record CalendarZone(@DefaultValue("Europe/Stockholm") ZoneId zone) {
}
