/**
 * The pages for people: the public catalog as PMO's table and a page per type, and the
 * administrators' console to change, schedule, import and withdraw, server-rendered in
 * Swedish from the same services as the API.
 */
package se.pmo.tidbok.pages;
