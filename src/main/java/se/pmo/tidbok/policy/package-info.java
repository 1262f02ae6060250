/**
 * The 1177 patient rules: may this patient book, cancel or rebook this time now, and when
 * does the SMS reminder go out. Each rule is a small pure class; the HTTP layer only
 * parses times and shapes the answer.
 */
package se.pmo.tidbok.policy;
