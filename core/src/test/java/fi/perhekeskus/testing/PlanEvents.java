package fi.perhekeskus.testing;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import fi.perhekeskus.plan.SharedPlan;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
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
     * Every event the plan stores: the versioned records of the plan's API that name their case
     * without addressing it. An event the plan needs no state from has no event sourcing handler, so
     * the handlers alone would miss it.
     */
    public static List<Class<?>> stored() {
        var types = new TreeSet<Class<?>>(Comparator.comparing(Class::getName));
        for (Class<?> type : classesIn(PLAN_PACKAGE + "/api")) {
            if (type.isRecord() && type.isAnnotationPresent(Revision.class) && namesItsCase(type)) {
                types.add(type);
            }
        }
        return List.copyOf(types);
    }

    private static boolean namesItsCase(Class<?> type) {
        // the identifier's annotation targets fields, so the record keeps it on the component's field
        return Arrays.stream(type.getDeclaredFields()).anyMatch(field -> field.getName().equals("caseId")
                && !field.isAnnotationPresent(TargetAggregateIdentifier.class));
    }

    /** The types the plan's methods with one of these annotations take. */
    @SafeVarargs
    public static List<Class<?>> handledBy(Class<? extends Annotation>... handlers) {
        var types = new TreeSet<Class<?>>(Comparator.comparing(Class::getName));
        for (Class<?> type : classesIn(PLAN_PACKAGE)) {
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

    private static List<Class<?>> classesIn(String directory) {
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            var readers = new CachingMetadataReaderFactory(resolver);
            var classes = new ArrayList<Class<?>>();
            for (var resource : resolver.getResources("classpath*:" + directory + "/*.class")) {
                classes.add(Class.forName(readers.getMetadataReader(resource).getClassMetadata().getClassName(),
                        false, SharedPlan.class.getClassLoader()));
            }
            return classes;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
