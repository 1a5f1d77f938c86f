package hu.insurer.lifeaccess.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * A refused form submission is the agent's everyday business, not an operator's: the engine would log it as an
 * ERROR with a stack trace (ENGINE-16004), so that line becomes one INFO line with the reason.
 */
@Component
class RefusedSubmissionLogging extends TurboFilter {

    private static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
    private static final Logger LOG = LoggerFactory.getLogger(RefusedSubmissionLogging.class);

    RefusedSubmissionLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
            Object[] params, Throwable throwable) {
        if (!ENGINE_CONTEXT_LOGGER.equals(logger.getName()) || !level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        FormSubmissionException refusal = refusal(throwable, params);
        if (refusal == null) {
            return FilterReply.NEUTRAL;
        }
        LOG.info("Form submission refused: {}", refusal.getMessage());
        return FilterReply.DENY;
    }

    private static FormSubmissionException refusal(Throwable throwable, Object[] params) {
        if (throwable instanceof FormSubmissionException refusal) {
            return refusal;
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof FormSubmissionException refusal) {
                    return refusal;
                }
            }
        }
        return null;
    }
}
