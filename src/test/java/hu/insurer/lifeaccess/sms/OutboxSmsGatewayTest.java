package hu.insurer.lifeaccess.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;

import hu.insurer.lifeaccess.support.DemoCustomerFixtures;
import hu.insurer.lifeaccess.support.ScratchPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The outbox adapter and its read side on the real schema (Flyway migrations): always on in-memory H2, and on
 * PostgreSQL when a local server is reachable (IT_POSTGRES_HOST/PORT/USER/PASSWORD, default 127.0.0.1:5432 as
 * postgres), in a throw-away database.
 */
class OutboxSmsGatewayTest {

    private static final String NUMBER = DemoCustomerFixtures.DOROTTYA_MOBILE;

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    abstract static class Contract {

        MutableClock clock;
        OutboxSmsGateway gateway;
        SmsOutbox outbox;
        JdbcClient jdbc;

        abstract DataSource dataSource();

        @BeforeEach
        void setUp() {
            jdbc = JdbcClient.create(dataSource());
            jdbc.sql("DELETE FROM sms_outbox").update();
            clock = new MutableClock(T0);
            gateway = new OutboxSmsGateway(jdbc, clock);
            outbox = new SmsOutbox(jdbc);
        }

        @Test
        void storesTheMessage() {
            gateway.send(new SmsMessage("code-1", NUMBER, "Kod: 7KQ4-M9XW-2P"));

            assertThat(outbox.count()).isEqualTo(1);
            assertThat(outbox.newestFirst(20))
                    .containsExactly(new OutboxMessage(NUMBER, "Kod: 7KQ4-M9XW-2P", T0));
            assertThat(jdbc.sql("SELECT idempotency_key FROM sms_outbox").query(String.class).single())
                    .isEqualTo("code-1");
        }

        @Test
        void ignoresARepeatedIdempotencyKeyAndKeepsTheFirstMessage() {
            gateway.send(new SmsMessage("code-1", NUMBER, "Kod: AAAA-BBBB-CC"));
            clock.advance(Duration.ofMinutes(1));
            gateway.send(new SmsMessage("code-1", NUMBER, "Kod: AAAA-BBBB-CC"));
            gateway.send(new SmsMessage("code-1", "+36209876543", "Kod: DDDD-EEEE-FF"));

            assertThat(outbox.count()).isEqualTo(1);
            assertThat(outbox.newestFirst(20))
                    .containsExactly(new OutboxMessage(NUMBER, "Kod: AAAA-BBBB-CC", T0));
        }

        @Test
        void listsTheNewestFirstUpToTheLimit() {
            gateway.send(new SmsMessage("code-1", NUMBER, "first"));
            clock.advance(Duration.ofSeconds(1));
            gateway.send(new SmsMessage("code-2", "+36209876543", "second"));
            clock.advance(Duration.ofSeconds(1));
            gateway.send(new SmsMessage("code-3", NUMBER, "third"));

            assertThat(outbox.newestFirst(2)).extracting(OutboxMessage::text).containsExactly("third", "second");
            assertThat(outbox.newestFirst(100)).extracting(OutboxMessage::text)
                    .containsExactly("third", "second", "first");
            assertThat(outbox.newestFirst(1).get(0).sentAt()).isEqualTo(T0.plusSeconds(2));
        }

        @Test
        void sameMomentKeepsTheOrderOfSending() {
            gateway.send(new SmsMessage("code-1", NUMBER, "first"));
            gateway.send(new SmsMessage("code-2", NUMBER, "second"));

            assertThat(outbox.newestFirst(20)).extracting(OutboxMessage::text).containsExactly("second", "first");
        }

        @Test
        void listsWhatWasSentToOneNumber() {
            gateway.send(new SmsMessage("code-1", NUMBER, "first"));
            clock.advance(Duration.ofSeconds(1));
            gateway.send(new SmsMessage("code-2", "+36209876543", "other"));
            clock.advance(Duration.ofSeconds(1));
            gateway.send(new SmsMessage("code-3", NUMBER, "third"));

            List<OutboxMessage> sent = outbox.sentTo(NUMBER);

            assertThat(sent).extracting(OutboxMessage::text).containsExactly("third", "first");
            assertThat(outbox.sentTo("+447911123456")).isEmpty();
        }

        @Test
        void refusesALimitBelowOne() {
            assertThatThrownBy(() -> outbox.newestFirst(0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void outboxMessageToStringLeavesOutTheText() {
            assertThat(new OutboxMessage(NUMBER, "Kod: 7KQ4-M9XW-2P", T0).toString())
                    .doesNotContain("7KQ4");
        }
    }

    @Nested
    class OnH2 extends Contract {

        private final DataSource dataSource = migrated(new DriverManagerDataSource(
                "jdbc:h2:mem:sms-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));

        @Override
        DataSource dataSource() {
            return dataSource;
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgres extends Contract {

        private ScratchPostgres database;
        private DataSource dataSource;

        @BeforeAll
        void createDatabase() {
            String unavailable = ScratchPostgres.unavailableReason();
            Assumptions.assumeTrue(unavailable == null, unavailable);
            try {
                database = ScratchPostgres.create("sms_outbox_test_");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            dataSource = migrated(new DriverManagerDataSource(database.url(), database.user(), database.password()));
        }

        @AfterAll
        void dropDatabase() throws SQLException {
            if (database != null) {
                database.drop();
            }
        }

        @Override
        DataSource dataSource() {
            return dataSource;
        }
    }

    static DataSource migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
