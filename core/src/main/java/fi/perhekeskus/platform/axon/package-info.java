/**
 * Axon Framework on PostgreSQL, set up against the traps listed in
 * {@code docs/axon-on-postgresql.md}: the JDBC event storage engine on a Liquibase schema,
 * Jackson 2 serializers built from a private mapper, pooled processors that stop rather than skip
 * on an error, a database-backed deadline manager, and the actor metadata that every command must
 * carry into its events.
 */
package fi.perhekeskus.platform.axon;
