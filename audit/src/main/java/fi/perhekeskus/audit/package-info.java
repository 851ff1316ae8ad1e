/**
 * What supervisors (and key workers, for their own cases) audit: a case's history read from the
 * event store, the plan as it stood at any moment, plan versions and their diffs, and the access
 * and disclosure logs. Nothing here changes a plan.
 */
package fi.perhekeskus.audit;
