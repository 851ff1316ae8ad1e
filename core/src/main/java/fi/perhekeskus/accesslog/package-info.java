/**
 * The access log (käyttöloki) and the disclosure log (luovutusloki): ids and codes only, never
 * anything the family said, and append-only in the database (even the schema owner is refused).
 *
 * <p><b>Access log.</b> Every read and every change of a case's client data, allowed or refused,
 * is one {@link fi.perhekeskus.accesslog.AccessEntry} per case: a list read writes a row for each
 * case it showed, so a supervisor reviewing one case sees every list that showed it. A row has no
 * case only when the access showed no case at all (an access-log search that found nothing).
 * {@link fi.perhekeskus.accesslog.AccessLog#record} runs in the caller's transaction, so data
 * leaves, and a change is kept, exactly when its row is kept. A refusal has no transaction of its
 * own to join: the caller opens one for it, so that the row stays while the request fails.
 *
 * <p><b>Disclosure log.</b> A {@link fi.perhekeskus.accesslog.Disclosure} is written when data
 * crosses to a professional on the strength of consents: an invitation (the specialist sees the
 * covered needs before answering), joining the network (also for further needs), an export. A
 * member opening the case again is an access, not a new disclosure, and a key worker's preview
 * shows nothing to anyone who did not already have it; both are access-log rows only.
 */
package fi.perhekeskus.accesslog;
