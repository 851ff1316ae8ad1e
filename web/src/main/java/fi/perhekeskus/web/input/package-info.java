/**
 * What the application accepts from outside before any service reads it: text that PostgreSQL and
 * the plan can keep, dates within the range the application supports, and bodies whose type it
 * can read. A request that breaks these is refused as the client's mistake (4xx), never left to
 * fail deeper down as the server's (5xx).
 */
package fi.perhekeskus.web.input;
