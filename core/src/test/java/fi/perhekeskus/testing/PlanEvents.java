package fi.perhekeskus.testing;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import fi.perhekeskus.plan.SharedPlan;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

/**
 * The messages the shared plan handles, found in the plan's own classes, so that a test over "every
 * event" covers an event the day it is added.
 */
public final class PlanEvents {

    private static final String PLAN_PACKAGE = "fi/perhekeskus/plan";

    private PlanEvents() {
    }

    /**
     * The types the plan's methods with one of these annotations take: with
     * {@code EventSourcingHandler}, every event the plan stores.
     */
    @SafeVarargs
    public static List<Class<?>> handledBy(Class<? extends Annotation>... handlers) {
        var types = new TreeSet<Class<?>>(Comparator.comparing(Class::getName));
        for (Class<?> type : planClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                for (Class<? extends Annotation> handler : handlers) {
                    if (method.isAnnotationPresent(handler)) {
                        types.add(method.getParameterTypes()[0]);
                    }
                }
            }
        }
        return List.copyOf(types);
    }

    private static List<Class<?>> planClasses() {
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            var readers = new CachingMetadataReaderFactory(resolver);
            var classes = new ArrayList<Class<?>>();
            for (var resource : resolver.getResources("classpath*:" + PLAN_PACKAGE + "/*.class")) {
                classes.add(Class.forName(readers.getMetadataReader(resource).getClassMetadata().getClassName(),
                        false, SharedPlan.class.getClassLoader()));
            }
            return classes;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
