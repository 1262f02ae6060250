package se.pmo.tidbok.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import se.pmo.tidbok.catalog.UnknownAppointmentTypeException;
import se.pmo.tidbok.web.HtmlErrorPages;
import se.pmo.tidbok.web.SecurityHeaders;

/**
 * The error pages of the pages: a short Swedish explanation and a way on, never a stack
 * trace. Errors in the pages' controllers are answered here; those raised before them (an
 * unknown path, a refused CSRF token, a missing role) reach the error controller, which
 * asks {@link #render}.
 */
@Component
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors implements HtmlErrorPages {

	private static final Logger logger = LoggerFactory.getLogger(PageErrors.class);

	@ExceptionHandler(UnknownAppointmentTypeException.class)
	ModelAndView unknownType(HttpServletResponse response) {
		return page(response, HttpStatus.NOT_FOUND, "Typen finns inte",
				"Det finns ingen tidbokstyp med den koden. Sök i tabellen i stället.");
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ModelAndView databaseUnavailable(Exception ex, HttpServletResponse response) {
		logger.warn("PostgreSQL is unavailable: {}", ex.getMessage());
		return page(response, HttpStatus.SERVICE_UNAVAILABLE, "Ändringar kan inte sparas just nu",
				"Katalogens databas kan inte nås. Katalogen visas fortfarande; försök spara igen om en stund.");
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failed(Exception ex, HttpServletResponse response) {
		logger.error("A page failed", ex);
		return page(response, HttpStatus.INTERNAL_SERVER_ERROR, "Något gick fel",
				"Sidan kunde inte visas. Felet är loggat; försök igen eller gå tillbaka till tabellen.");
	}

	@Override
	public ModelAndView render(HttpServletRequest request, HttpServletResponse response, HttpStatus status) {
		if (request.getAttribute(CSRF_REFUSED) != null) {
			return page(response, status, "Formuläret kunde inte skickas",
					"Formuläret saknade en giltig säkerhetskod. Det händer när sessionen har gått ut eller "
							+ "sidan är gammal: logga in igen, öppna sidan på nytt och skicka igen.");
		}
		return switch (status) {
			case NOT_FOUND -> page(response, status, "Sidan finns inte", "Det finns ingen sida på den adressen.");
			case FORBIDDEN -> page(response, status, "Ingen behörighet",
					"Konsolen är till för katalogens administratörer. Logga in med en administratörs användare.");
			case METHOD_NOT_ALLOWED -> page(response, status, "Det går inte att göra så här",
					"Adressen tar inte emot den sortens anrop. Gå tillbaka och använd sidans knappar.");
			default -> status.is4xxClientError()
					? page(response, status, "Förfrågan kunde inte tas emot",
							"Förfrågan var felaktig eller för stor. Gå tillbaka och försök igen.")
					: page(response, HttpStatus.INTERNAL_SERVER_ERROR, "Något gick fel",
							"Sidan kunde inte visas. Felet är loggat; försök igen eller gå tillbaka till tabellen.");
		};
	}

	private static ModelAndView page(HttpServletResponse response, HttpStatus status, String title, String text) {
		SecurityHeaders.applyToPage(response);
		ModelAndView page = new ModelAndView("fel");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("errorTitle", title);
		page.addObject("errorText", text);
		return page;
	}

}
