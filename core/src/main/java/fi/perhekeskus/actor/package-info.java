/**
 * Who did it: the signed-in professional (or the system, for expiry) behind every command, carried
 * in message metadata so that every stored event says who caused it, in which role and in which
 * request. Never taken from a request body.
 */
package fi.perhekeskus.actor;
