package se.pmo.tidbok.fhir;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.NotModifiedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.InstantType;

import org.springframework.http.HttpHeaders;

import se.pmo.tidbok.catalog.Catalog;
import se.pmo.tidbok.catalog.CatalogHttp;
import se.pmo.tidbok.time.InvalidTimeException;
import se.pmo.tidbok.time.TimeInput;

/**
 * What every FHIR answer starts with: the catalog at the instant asked for (now by the
 * injected clock, or the instant the client named), and the headers the catalog's own
 * answers carry: a weak entity tag of the catalog at that instant (304 for a matching
 * If-None-Match), Last-Modified, the revision, and Cache-Control capped at the next
 * scheduled change.
 */
final class CatalogAnswers {

	/** The instant parameter of reads and searches. */
	static final String AS_OF = "as-of";

	/** The instant parameter of the operations, as FHIR names it there. */
	static final String DATE = "date";

	private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final Catalog catalog;

	private final CatalogHttp.Caching caching;

	private final Clock clock;

	private final ZoneId zone;

	CatalogAnswers(Catalog catalog, CatalogHttp.Caching caching, Clock clock, ZoneId zone) {
		this.catalog = catalog;
		this.caching = caching;
		this.clock = clock;
		this.zone = zone;
	}

	/** The catalog at the instant the parameter names, or now when it is absent. */
	Answer at(String parameter, String value) {
		Instant now = this.clock.instant();
		Instant named = instant(parameter, value);
		return new Answer(CatalogAt.of(this.catalog.timeline(), (named != null) ? named : now, named != null), now);
	}

	/**
	 * The catalog a read answers about: now (HAPI takes no other parameter on a read;
	 * search with {@code as-of} answers for another instant). A version in the id (a
	 * vread, as of the Content-Location HAPI sends) must be the one served now.
	 */
	Answer read(IIdType id) {
		Answer answer = at(AS_OF, null);
		if (id.hasVersionIdPart() && !id.getVersionIdPart().equals(answer.at().versionId())) {
			throw new ResourceNotFoundException("Version " + id.getVersionIdPart() + " of " + id.getResourceType() + "/"
					+ id.getIdPart() + " is not served; the one served now is " + answer.at().versionId() + ".");
		}
		return answer;
	}

	/**
	 * Writes the headers of an answer about this catalog, once the request has been found
	 * answerable (an error must not carry them); 304 for a matching If-None-Match.
	 * @param read whether HAPI answers the request as a read, which checks If-None-Match
	 * itself, from the resource's version (and writes the same entity tag and
	 * Last-Modified again)
	 */
	<T> T send(Answer answer, RequestDetails request, HttpServletResponse response, boolean read, T body) {
		CatalogAt at = answer.at();
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				this.caching.until(answer.now(), at.changesAt()).getHeaderValue());
		response.setHeader(CatalogHttp.REVISION_HEADER, at.version());
		response.setHeader(HttpHeaders.ETAG, "W/\"" + at.versionId() + "\"");
		if (answer.lastModified() != null) {
			response.setDateHeader(HttpHeaders.LAST_MODIFIED, answer.lastModified().toEpochMilli());
		}
		if (!read && matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), at.versionId())) {
			throw new NotModifiedException("Not modified");
		}
		return body;
	}

	/** A search's result, as a bundle last modified when the catalog last changed. */
	static IBundleProvider bundle(Answer answer, List<? extends IBaseResource> resources) {
		SimpleBundleProvider bundle = new SimpleBundleProvider(resources);
		if (answer.lastModified() != null) {
			bundle.setPublished(new InstantType(Date.from(answer.lastModified())));
		}
		return bundle;
	}

	/** The raw value of a query parameter given at most once, or {@code null}. */
	static String parameter(RequestDetails request, String name) {
		String[] values = request.getParameters().get(name);
		return (values != null && values.length > 0) ? values[0] : null;
	}

	/**
	 * A FHIR dateTime, or a local date-time read in the rules' zone as everywhere in the
	 * service, or a date: the start of that day there.
	 */
	private Instant instant(String parameter, String value) {
		if (value == null) {
			return null;
		}
		try {
			if (DATE_ONLY.matcher(value.strip()).matches()) {
				return LocalDate.parse(value.strip()).atStartOfDay(this.zone).toInstant();
			}
			return TimeInput.parse(parameter, value, this.zone);
		}
		catch (InvalidTimeException ex) {
			throw new InvalidRequestException(ex.getMessage());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("'" + parameter + "' is not a date: send YYYY-MM-DD or a dateTime.");
		}
	}

	/** Weak comparison (RFC 9110 8.8.3.2) of an If-None-Match header with the tag. */
	private static boolean matches(String ifNoneMatch, String versionId) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.strip();
			if (candidate.startsWith("W/")) {
				candidate = candidate.substring(2);
			}
			if (candidate.equals("*") || candidate.equals("\"" + versionId + "\"")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param at the catalog the answer is about
	 * @param now the instant the answer was computed, from the clock
	 */
	record Answer(CatalogAt at, Instant now) {

		Instant lastModified() {
			return this.at.lastModified(this.now);
		}

	}

}
