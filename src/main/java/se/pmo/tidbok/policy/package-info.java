/**
 * The 1177 patient rules: may this patient book, cancel or rebook this time now, and when
 * does the SMS reminder go out. Each rule is a small pure class; {@code PolicyService}
 * applies them to typed values (a code, instants) and throws domain exceptions. The web
 * edge ({@code PolicyController}, {@code PolicyRequests}, {@code PolicyProblems}) reads
 * the request's text into those values and makes the problem answers.
 */
package se.pmo.tidbok.policy;
