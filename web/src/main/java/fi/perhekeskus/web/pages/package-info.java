/**
 * What every page of the browser UI shares: sign-in page, language, dates in the reader's locale,
 * the layout's model and errors a person understands. The pages themselves live with their
 * feature (cases, audit) and call the same services as the API.
 */
package fi.perhekeskus.web.pages;
