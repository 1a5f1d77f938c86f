package hu.insurer.lifeaccess.process;

import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import hu.insurer.lifeaccess.process.ProcessConstants.Element;
import hu.insurer.lifeaccess.sms.SmsDeliveryException;

/**
 * How a failed attempt of Task_SendSecurityCode is retried. The model's cycle ({@code R<tries>/<interval>}) gives
 * the number of tries and the first wait; each further wait is twice the one before. A provider that refused the
 * message for good (a 4xx other than 408/429) is not asked again: the job becomes an incident at once, its
 * message naming the cause in Hungarian and English. Whenever the job ends as an incident, the case's agent is
 * told in Tasklist. Every other job keeps the engine's default handling.
 */
final class SmsSendFailures implements FailedJobCommandFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SmsSendFailures.class);
    private static final Pattern CYCLE = Pattern.compile("R(\\d+)/(P\\S+)");

    private final SendOutcomeNotice notice;

    SmsSendFailures(SendOutcomeNotice notice) {
        this.notice = notice;
    }

    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
        return new SendRetry(jobId, exception, notice);
    }

    static Optional<SmsDeliveryException> smsFailure(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SmsDeliveryException failure) {
                return Optional.of(failure);
            }
        }
        return Optional.empty();
    }

    /** The wait before the try after {@code failuresSoFar} failures: the first interval, doubled each time. */
    static Duration backOff(Duration firstInterval, int failuresSoFar) {
        return firstInterval.multipliedBy(1L << Math.min(Math.max(failuresSoFar, 0), 20));
    }

    private static final class SendRetry extends DefaultJobRetryCmd {

        private final SendOutcomeNotice notice;

        SendRetry(String jobId, Throwable exception, SendOutcomeNotice notice) {
            super(jobId, exception);
            this.notice = notice;
        }

        @Override
        public Object execute(CommandContext commandContext) {
            JobEntity job = getJob();
            if (job == null || !Element.SEND_SECURITY_CODE.equals(job.getActivityId())) {
                return super.execute(commandContext);
            }
            Optional<SmsDeliveryException> failure = smsFailure(exception);
            if (failure.isPresent() && !failure.get().isRetryable()) {
                job.unlock();
                logException(job);
                job.setRetries(0);
                LOG.warn("Sending the code of case {} refused for good by the SMS provider: incident raised",
                        job.getProcessInstanceId());
            } else if (!retryWithBackOff(commandContext, job)) {
                return super.execute(commandContext);
            }
            if (job.getRetries() == 0) {
                notice.codeNotSent(job.getProcessInstanceId(), failure.map(SmsSendFailures::problem)
                        .orElse("A kód küldése egy váratlan hiba miatt nem sikerült."));
            }
            return null;
        }

        private boolean retryWithBackOff(CommandContext commandContext, JobEntity job) {
            ActivityImpl activity = getCurrentActivity(commandContext, job);
            FailedJobRetryConfiguration configured = activity == null ? null
                    : activity.getProperties().get(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION);
            String cycle = configured == null || configured.getExpression() == null ? null
                    : getFailedJobRetryTimeCycle(job, configured.getExpression());
            Matcher matcher = cycle == null ? null : CYCLE.matcher(cycle.strip());
            if (matcher == null || !matcher.matches()) {
                return false;
            }
            int tries = Integer.parseInt(matcher.group(1));
            Duration first = Duration.parse(matcher.group(2));
            if (isFirstJobExecution(job)) {
                job.setRetries(tries);
            }
            Duration wait = backOff(first, tries - job.getRetries());
            job.setLockExpirationTime(new Date(ClockUtil.getCurrentTime().getTime() + wait.toMillis()));
            logException(job);
            decrementRetries(job);
            notifyAcquisition(commandContext);
            if (job.getRetries() > 0) {
                LOG.info("Sending the code of case {} failed; next try in {} ({} left)", job.getProcessInstanceId(),
                        wait, job.getRetries());
            }
            return true;
        }
    }

    private static String problem(SmsDeliveryException failure) {
        if (!failure.isRetryable()) {
            return "Az SMS-szolgáltató véglegesen elutasította az üzenetet"
                    + failure.providerStatus().stream().mapToObj(status -> " (HTTP " + status + ")").findFirst()
                            .orElse("") + ".";
        }
        return "Az SMS-szolgáltató többszöri próbálkozásra sem fogadta az üzenetet.";
    }
}
