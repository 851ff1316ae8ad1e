/**
 * The access log (käyttöloki): who touched which family's case, in which role, through which view
 * or command, when, and on what basis, including every refused attempt. It holds no client data and
 * is append-only in the database; supervisors review it.
 */
package fi.perhekeskus.accesslog;
