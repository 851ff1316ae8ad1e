package fi.perhekeskus.bench.inside;

import java.util.Map;

/**
 * What the benchmark asks of the application's own process at scale, over JMX: the work is done,
 * and timed, inside the application with its own beans, so that the figures are the application's
 * and not the cost of reaching it.
 */
public interface ScaleMBean {

    /** Where {@link Scale} is registered. */
    String NAME = "fi.perhekeskus.bench:type=Scale";

    /**
     * Appends generated cases' events to the event store, without the views seeing them: the views
     * are rebuilt afterwards. The case list's processor is stopped meanwhile, so that it does not
     * follow the appends; its rebuild starts it again.
     *
     * @param cases      cases opened, all of them jari's (and his unit's): the rest of the benchmark works as
     *                   maija, in the other unit, whose lists and cases they leave as they were
     * @param events     events in all, the cases' {@code CaseOpened} included
     * @param planEvents events of one of the cases, whose id is {@link #longPlan()}
     * @return {@code cases}, {@code events} and {@code millis} it took
     */
    Map<String, Long> generate(int cases, int events, int planEvents);

    /** The generated case of {@code planEvents} events, with a snapshot 49 events before its end. */
    String longPlan();

    /**
     * Rebuilds a view from every stored event: a subscribing view in one transaction, a tracking
     * one by a reset, after which this waits until it has caught up with the newest event.
     *
     * @return {@code events} given to it and {@code millis} it took
     */
    Map<String, Long> rebuild(String group);

    /**
     * Loads a plan the way a command does (its repository, in a unit of work and a transaction),
     * with the in-memory copy removed first, so that it is read from the store every time.
     *
     * @param snapshot whether its stored snapshot is used; without, every snapshot of it is removed
     *                 before each load, and the one a load takes again after it
     * @return {@code events} of the plan, {@code loads} timed, {@code p50Micros}, {@code p99Micros} and
     *         {@code maxMicros} of a load, and {@code p50CpuMicros}, the CPU its thread used
     */
    Map<String, Long> loadPlan(String caseId, int loads, boolean snapshot);
}
