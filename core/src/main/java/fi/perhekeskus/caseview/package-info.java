/**
 * The read side of a case: which professional may see a case, which of its needs they may see now,
 * and the case view itself (docs/api.md, "the case view"), kept in PostgreSQL from every plan event.
 *
 * <p>The projection is a subscribing processor: it writes in the transaction of the command whose
 * events it projects, so a withdrawal, expiry, handover or departure is in force for the very next
 * request. Which needs a network member sees is decided at the time of the request with the plan's
 * own {@link fi.perhekeskus.plan.api.ConsentCoverage}, so a consent whose end has passed stops
 * counting before its expiry is recorded. A member's view and a preview for a specialist are built
 * by the same code: a {@link fi.perhekeskus.caseview.Visibility.Needs} computed from consent, applied
 * to the whole view.
 *
 * <p>The same handlers and query also build a case as it stood after some of its events, in memory
 * instead of in the tables ({@link fi.perhekeskus.caseview.DetachedCaseViews}): the audit module's
 * look at the past is read exactly as the present is, without touching the live rows.
 *
 * <p>The projection has no token to reset: {@link fi.perhekeskus.platform.axon.ProjectionRebuild}
 * clears it and applies every stored event again in one transaction.
 */
package fi.perhekeskus.caseview;
