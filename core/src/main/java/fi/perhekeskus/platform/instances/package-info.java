/**
 * Several instances of the application on one PostgreSQL: each has a name of its own, says it on
 * every database connection, and counts the others there, so that the tracking processors' segments
 * are shared out fairly and a stopped instance's are taken over.
 */
package fi.perhekeskus.platform.instances;
