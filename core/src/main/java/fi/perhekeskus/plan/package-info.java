/**
 * The shared client plan of one family, as an event-sourced aggregate: it decides every change to
 * the plan against the domain's rules and records the outcome as events. Its state classes are
 * private to it; other code talks to it through {@link fi.perhekeskus.plan.api}.
 */
package fi.perhekeskus.plan;
