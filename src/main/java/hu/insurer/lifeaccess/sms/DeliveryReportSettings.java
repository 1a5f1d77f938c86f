package hu.insurer.lifeaccess.sms;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The provider's delivery reports ({@code life-access.sms.delivery-reports.*}).
 *
 * @param secret        shared with the provider, who signs every report with it ({@code SMS_DELIVERY_REPORT_SECRET})
 * @param maxClockSkew  how far a report's timestamp may be from now, default 5 minutes
 */
@ConfigurationProperties("life-access.sms.delivery-reports")
public record DeliveryReportSettings(String secret, @DefaultValue("5m") Duration maxClockSkew) {

    static final int MIN_SECRET_LENGTH = 16;

    public DeliveryReportSettings {
        if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("life-access.sms.delivery-reports.secret (SMS_DELIVERY_REPORT_SECRET) "
                    + "is missing or shorter than " + MIN_SECRET_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "DeliveryReportSettings[secret=(not shown), maxClockSkew=" + maxClockSkew + "]";
    }
}
