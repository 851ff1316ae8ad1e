/**
 * The shared client plan's published language: the commands the web layer sends, the events the
 * plan stores and every projection reads, the rule codes a refusal carries, and the consent-coverage
 * rule that the aggregate and the read side must apply identically.
 */
package fi.perhekeskus.plan.api;
