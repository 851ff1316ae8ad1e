package fi.perhekeskus.platform.axon;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.Task;
import fi.perhekeskus.platform.instances.Instances;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Consent end dates and invitation respond-by dates are Axon deadlines kept in PostgreSQL by
 * db-scheduler, so they fire after a restart, on whichever node is up. A deadline is written in the
 * same transaction as the event that scheduled it. With several instances, each due deadline is
 * picked by one of them (db-scheduler takes it with an optimistic update of its row) and fires once.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    /** The qualifier keeps Axon's auto-configuration from adding a second task of the same name. */
    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<?> deadlineTask(ApplicationContext context) {
        return DbSchedulerDeadlineManager.humanReadableTask(() -> context.getBean(DbSchedulerDeadlineManager.class));
    }

    /** Started and stopped by the deadline manager, once Axon's handlers are in place. */
    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, Instances instances,
                                @Value("${familycentre.deadlines.polling-interval}") Duration pollingInterval) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                // Which instance picked a deadline, in scheduled_tasks.picked_by; the host name alone is not unique.
                .schedulerName(new SchedulerName.Fixed(instances.name()))
                .serializer(new JacksonSerializer())
                .pollingInterval(pollingInterval)
                .threads(2)
                .alwaysPersistTimestampInUTC()
                .build();
    }

    @Bean
    DeadlineManager deadlineManager(Scheduler deadlineScheduler, Configuration configuration,
                                    @Qualifier("eventSerializer") Serializer serializer,
                                    TransactionManager transactionManager,
                                    List<CorrelationDataProvider> correlationDataProviders) {
        var manager = DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .useBinaryPojo(false)
                .build();
        // Unlike the command bus, the deadline manager attaches no correlation data by itself; without
        // this, events applied by a deadline (expiries) would not say who caused them.
        manager.registerHandlerInterceptor(new CorrelationDataInterceptor<>(correlationDataProviders));
        return manager;
    }
}
