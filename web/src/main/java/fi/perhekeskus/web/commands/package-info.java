/**
 * How a request becomes a command on a family's plan: who sent it (from the sign-in, never the
 * body) and in which request, the version its sender saw ({@code If-Match}), and the
 * {@code Idempotency-Key} that lets a client repeat it safely. Each runs in one database
 * transaction with its access-log row, so nothing is half-written.
 */
package fi.perhekeskus.web.commands;
