package fi.perhekeskus.caseview;

import java.util.Optional;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.MessageHandlingMember;

/**
 * The case view's event handlers and interceptor as Axon's own annotations and parameters resolve
 * them, inspected once and applied to any number of detached case views: an event goes to the
 * handler that takes it, through the interceptor, as Axon's annotated event handler adapter does.
 *
 * <p>Without what the application adds around handlers in event processors (tracing spans, time
 * limits, which take a stack trace per event): these run in a reader's request, not in a processor.
 */
final class CaseViewHandlers {

    private final AnnotatedHandlerInspector<CaseViewProjection> inspector =
            AnnotatedHandlerInspector.inspectType(CaseViewProjection.class);

    void apply(EventMessage<?> event, CaseViewProjection projection) throws Exception {
        Optional<MessageHandlingMember<? super CaseViewProjection>> handler =
                inspector.getHandlers(CaseViewProjection.class).filter(member -> member.canHandle(event)).findFirst();
        if (handler.isPresent()) {
            inspector.chainedInterceptor(CaseViewProjection.class).handle(event, projection, handler.get());
        }
    }
}
