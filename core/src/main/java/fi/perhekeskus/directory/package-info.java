/**
 * The professional directory: units and the professionals who work in them, with their role, unit,
 * profession and whether they are active. Every change is kept as an Envers revision, with who made
 * it, because access to families' data depends on these facts.
 */
package fi.perhekeskus.directory;
