package fi.perhekeskus.platform.instances;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The instances of the application working on one PostgreSQL database, as PostgreSQL sees them:
 * every connection of an instance carries {@code familycentre <name>} as its application name, so
 * the distinct names among the database's connections are the instances that are up. A stopped or
 * killed instance's connections close with it.
 *
 * <p>A tracking processor's segments are shared out from that count: an instance claims at most
 * its fair share, {@code ceil(segments / instances)}, and Axon's pooled processor releases what it
 * holds beyond it. When an instance stops, the others' share grows and they claim what it held
 * (at once after a polite stop, which releases the claims; after the claim timeout after a kill).
 */
@Component
public class Instances implements MaxSegmentProvider {

    public static final String NAME_PROPERTY = "familycentre.instance.name";
    private static final String APPLICATION_NAME_PREFIX = "familycentre ";
    private static final Duration COUNT_EVERY = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(Instances.class);

    private final String name;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ConcurrentHashMap<String, Share> shares = new ConcurrentHashMap<>();

    Instances(@Value("${" + NAME_PROPERTY + "}") String name, JdbcTemplate jdbc) {
        this.name = name;
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** A name no other start of the application has: host, process and a random part. */
    public static String newName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "-"
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    }

    /** This instance's name, as it owns tracking tokens and deadlines. */
    public String name() {
        return name;
    }

    /** Asked by each pooled processor's coordinator as it works; counted anew every two seconds at most. */
    @Override
    public int getMaxSegments(String processorName) {
        return shares.compute(processorName, (processor, known) -> known != null && known.freshAt(clock.instant())
                ? known : count(processor, known)).segments();
    }

    private Share count(String processor, Share known) {
        try {
            var counted = jdbc.queryForObject("""
                    SELECT (SELECT count(DISTINCT application_name) FROM pg_stat_activity
                             WHERE datname = current_database() AND application_name LIKE ?) AS instances,
                           (SELECT count(*) FROM token_entry WHERE processor_name = ?) AS segments""",
                    (row, number) -> new long[] {row.getLong("instances"), row.getLong("segments")},
                    APPLICATION_NAME_PREFIX + "%", processor);
            long instances = Math.max(1, counted[0]);
            int fairShare = counted[1] == 0 ? Integer.MAX_VALUE : (int) ((counted[1] + instances - 1) / instances);
            if (known != null && known.segments() != fairShare) {
                log.info("{} instance(s) share processor {}: this one ({}) now claims at most {} segment(s)",
                        instances, processor, name, fairShare);
            }
            return new Share(fairShare, clock.instant().plus(COUNT_EVERY));
        } catch (DataAccessException unreachable) {
            // The database is away: every instance keeps its share until it can count again.
            return new Share(known == null ? Integer.MAX_VALUE : known.segments(), clock.instant().plus(COUNT_EVERY));
        }
    }

    private record Share(int segments, Instant until) {

        boolean freshAt(Instant now) {
            return now.isBefore(until);
        }
    }
}
