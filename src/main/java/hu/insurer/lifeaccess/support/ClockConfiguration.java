package hu.insurer.lifeaccess.support;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The insurer's business day is Hungarian: "today" for birth dates and the request form's date. */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Budapest"));
    }
}
