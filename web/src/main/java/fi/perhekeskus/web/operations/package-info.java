/**
 * What operators watch, on a port of its own: how far each event processor lags behind the event
 * store, and the rest of the metrics.
 */
package fi.perhekeskus.web.operations;
