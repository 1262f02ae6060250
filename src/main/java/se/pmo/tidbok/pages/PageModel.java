package se.pmo.tidbok.pages;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout shows: who is signed in to the console, if anyone.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

	@ModelAttribute("signedIn")
	String signedIn(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

}
