/**
 * Who may act on a case: its key worker, its network members and its unit, kept from the plan's
 * events in the same transaction as the command that changed them, so that a handover or a
 * departure is in force for the very next request. Which needs a member may see is the consent
 * rule's business, not this package's.
 */
package fi.perhekeskus.access;
