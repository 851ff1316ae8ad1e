/**
 * Every failure an API caller can meet, as an RFC 9457 problem: invalid input with the fields at
 * fault, a broken rule of the plan with its stable code, a stale version, a conflicting change.
 * Nothing reaches the caller as a stack trace or a 5xx for bad input.
 */
package fi.perhekeskus.web.problems;
