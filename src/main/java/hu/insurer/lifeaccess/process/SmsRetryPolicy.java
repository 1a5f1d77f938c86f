package hu.insurer.lifeaccess.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The retry cycle of Task_SendSecurityCode ({@code ${smsRetryPolicy.cycle}} in the model): how often and how
 * far apart the job executor tries again when the SMS provider fails, before the failure becomes an incident.
 */
@Component("smsRetryPolicy")
public class SmsRetryPolicy {

    private final String cycle;

    SmsRetryPolicy(@Value("${life-access.sms.retry-cycle}") String cycle) {
        this.cycle = cycle;
    }

    public String getCycle() {
        return cycle;
    }
}
