/**
 * Each professional's case list (docs/api.md {@code GET /api/v1/cases}): the key worker's caseload with
 * its figures, the cases a specialist is a member of, the cases of a supervisor's unit. The figures
 * come from the tracking processor {@code case-list} and may lag the plan by moments; which cases a
 * professional is shown is read from the access data the commands keep current, so a handover or
 * a departure is in force for the very next list.
 */
package fi.perhekeskus.caselist;
