/** What operators watch: how far each event processor lags behind the event store. */
package fi.perhekeskus.web.operations;
