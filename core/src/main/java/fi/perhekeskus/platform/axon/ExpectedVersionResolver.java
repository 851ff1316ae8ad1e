package fi.perhekeskus.platform.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * The version a client saw (HTTP {@code If-Match}) travels in a command's metadata, not in the
 * command: when present, Axon loads the plan expecting that version and refuses the command with
 * a {@code ConflictingAggregateVersionException} if the plan has changed since.
 */
@Component(ExpectedVersionResolver.BEAN)
public class ExpectedVersionResolver implements CommandTargetResolver {

    public static final String BEAN = "expectedVersionResolver";
    public static final String EXPECTED_VERSION = "expectedVersion";

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = annotations.resolveTarget(command);
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        return expected == null ? target
                : new VersionedAggregateIdentifier(target.getIdentifierValue(), Long.valueOf(expected.toString()));
    }
}
