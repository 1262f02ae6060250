/**
 * How every error leaves the service: RFC 9457 problem details with stable type URIs, and
 * nothing about the service's internals.
 */
package se.pmo.tidbok.web;
