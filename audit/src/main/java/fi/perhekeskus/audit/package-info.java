/**
 * What supervisors (and key workers, for their own cases) audit: a case's history read from the
 * event store, page by page, in shapes of its own; the plan as it stood at any moment, built in
 * memory by the case view's own code without touching the live view; plan versions and their diffs;
 * and the family's disclosure report. Nothing here writes.
 */
package fi.perhekeskus.audit;
