package fi.perhekeskus.platform.axon;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --familycentre.rebuild=case-view,case-list} rebuilds the named views when the application
 * starts, before anyone works with it: the operator's way to rebuild a view after a fix to its code.
 */
@Component
@ConditionalOnProperty("familycentre.rebuild")
class RebuildOnStartup implements ApplicationRunner {

    private final ProjectionRebuild rebuild;
    private final List<String> groups;

    RebuildOnStartup(ProjectionRebuild rebuild, @Value("${familycentre.rebuild}") List<String> groups) {
        this.rebuild = rebuild;
        this.groups = groups;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        groups.forEach(rebuild::rebuild);
    }
}
