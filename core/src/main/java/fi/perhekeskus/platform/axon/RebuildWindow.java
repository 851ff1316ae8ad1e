package fi.perhekeskus.platform.axon;

import java.util.List;

import org.axonframework.eventhandling.EventMessage;

/**
 * What a view's rebuild ({@link ProjectionRebuild}) reads ahead of each window of events, in a few
 * queries, so that its handlers find the rows in the persistence context instead of reading them one
 * at a time: the context is emptied after every window, and in a family centre's store the events of
 * a window belong to hundreds of cases.
 */
public interface RebuildWindow {

    /** The processing group of the view. */
    String group();

    /** Before these events are applied, in the rebuild's transaction. */
    void readAhead(List<EventMessage<?>> events);
}
