package hu.insurer.lifeaccess.process;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long an agent's notice of a code's sending stays open unacknowledged ({@code ${sendNoticeSettings.timeout}},
 * the boundary timer of Task_AcknowledgeSendOutcome): an ISO 8601 duration, checked at start.
 */
@Component("sendNoticeSettings")
public class SendNoticeSettings {

    private final String timeout;

    SendNoticeSettings(@Value("${life-access.send-notice.timeout}") String timeout) {
        Duration.parse(timeout);
        this.timeout = timeout;
    }

    public String getTimeout() {
        return timeout;
    }
}
