/**
 * Settings that belong to the core whichever application runs it: schema validation only,
 * Liquibase's changelog, the bytea dialect. They are the lowest-priority defaults, so an
 * application or deployment can still override them.
 */
package fi.perhekeskus.platform.config;
