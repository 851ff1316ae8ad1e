package fi.perhekeskus.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import fi.perhekeskus.platform.database.ConditionalOnEmbeddedDefault;
import fi.perhekeskus.platform.instances.Instances;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code core-defaults.yml} behind every other property source, and bounds Liquibase's wait
 * for its changelog lock: after a killed migration the lock stays taken, and Liquibase's own
 * default is to wait five minutes per attempt without saying why (README: releasing the lock).
 *
 * <p>The embedded default, meant for trying the system out on one's own machine, serves HTTP on
 * the loopback address only unless {@code server.address} says otherwise.
 *
 * <p>Each start of the application is an instance with a name of its own
 * ({@code familycentre.instance.name}, see {@link Instances}) unless one is given.
 */
public class CoreDefaults implements EnvironmentPostProcessor {

    private static final String RESOURCE = "core-defaults.yml";
    private static final String LIQUIBASE_LOCK_WAIT = "liquibase.changelogLockWaitTimeInMinutes";
    private static final String LOOPBACK_ONLY = "embeddedDefaultServesThisMachineOnly";
    private static final String INSTANCE_NAME = Instances.NAME_PROPERTY;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(LIQUIBASE_LOCK_WAIT) == null) {
            System.setProperty(LIQUIBASE_LOCK_WAIT, "2");
        }
        try {
            new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE))
                    .forEach(environment.getPropertySources()::addLast);
            if (!environment.containsProperty(INSTANCE_NAME)) {
                environment.getPropertySources().addLast(new MapPropertySource(INSTANCE_NAME,
                        Map.of(INSTANCE_NAME, Instances.newName())));
            }
            if (ConditionalOnEmbeddedDefault.NoDatabaseUrl.isActive(environment)) {
                environment.getPropertySources().addLast(new MapPropertySource(LOOPBACK_ONLY,
                        Map.of("server.address", "127.0.0.1")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
