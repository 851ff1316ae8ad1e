/**
 * The family's shared plan over HTTP (docs/api.md, "Cases and the plan"): every command endpoint and the
 * caller's own view of a case. Who may do what is decided from the read side's access data, in the
 * same transaction that reads or changes the plan and writes the access-log row.
 */
package fi.perhekeskus.web.cases;
