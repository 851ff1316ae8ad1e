/**
 * How the application reaches PostgreSQL: the embedded default that starts a real server when no
 * database URL is configured, the two database roles (the schema owner that migrates, and the
 * application role that owns nothing), and the Hibernate dialect that keeps binary data in
 * {@code bytea}.
 */
package fi.perhekeskus.platform.database;
