package fi.perhekeskus.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The embedded default: with no {@code spring.datasource.url}, a real PostgreSQL server is started
 * from the binaries on the classpath, with the same two roles a production server has.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedDefault
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseServer embeddedDatabaseServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedDatabaseServer.start(properties);
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabaseServer server) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(DatabaseRoles.APPLICATION);
        pool.setPassword(server.password(DatabaseRoles.APPLICATION));
        pool.setPoolName(DatabaseRoles.APPLICATION);
        return pool;
    }

    /** Used once at start-up by Liquibase, so it needs no pool. */
    @Bean
    @LiquibaseDataSource
    DataSource liquibaseDataSource(EmbeddedDatabaseServer server) {
        return server.dataSource(DatabaseRoles.OWNER, DatabaseRoles.DATABASE);
    }
}
